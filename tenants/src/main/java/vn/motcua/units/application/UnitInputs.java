package vn.motcua.units.application;

import java.util.List;
import java.util.Locale;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.units.domain.UnitCode;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitSpec;
import vn.motcua.shared.Text;

/** Turns what people type into a {@link UnitSpec}, naming each field at fault. */
public final class UnitInputs {

    private UnitInputs() { }

    /** Adds errors (fields prefixed with {@code prefix}) and returns null if {@code in} is not valid. */
    public static UnitSpec toSpec(UnitInput in, String prefix, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError(prefix + "name", "field.required"));
            return null;
        }
        int before = errors.size();
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > Text.Kind.NAME.max()) {
            errors.add(new FieldError(prefix + "name", "unit.name.invalid"));
        }
        UnitKind kind = parseEnum(UnitKind.class, in.kind());
        if (kind == null) {
            errors.add(new FieldError(prefix + "kind", "unit.kind.invalid"));
        }
        UnitLevel level = parseEnum(UnitLevel.class, in.level());
        if (level == null) {
            errors.add(new FieldError(prefix + "level", "unit.level.invalid"));
        }
        UnitCode qcvn = null;
        UnitCode portal = null;
        try {
            qcvn = UnitCode.parse(UnitCode.Scheme.QCVN102, in.qcvnCode()).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(prefix + "qcvnCode", "unit.code.qcvn.invalid"));
        }
        try {
            portal = UnitCode.parse(UnitCode.Scheme.PORTAL, in.portalCode()).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(prefix + "portalCode", "unit.code.portal.invalid"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new UnitSpec(name, kind, level, in.parentId(), qcvn, portal);
    }

    public static UnitSpec toSpec(UnitInput in) {
        List<FieldError> errors = new java.util.ArrayList<>();
        UnitSpec spec = toSpec(in, "", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return spec;
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
