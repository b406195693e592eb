package vn.motcua.dossierimport.domain;

import static vn.motcua.dossierimport.domain.ImportValidator.error;
import static vn.motcua.dossierimport.domain.ImportValidator.names;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossierimport.domain.ImportLine.Field;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Messages;
import vn.motcua.shared.Text;
import vn.motcua.shared.tabular.ImportError;

/** The checks of one line's values, adding their problems, by row and column, to the batch's list. */
final class LineCheck {

    final ImportLine line;
    final List<ImportError> errors;

    LineCheck(ImportLine line, List<ImportError> errors) {
        this.line = line;
        this.errors = errors;
    }

    void fail(Field f, String key, Object... args) {
        errors.add(error(line.row(), line.column(f), key, args));
    }

    void failEvent(int index, String field, String key, Object... args) {
        String column = line.eventColumn(index, field);
        if (!line.csv()) {
            errors.add(error(line.row(), column, key, args));
            return;
        }
        // one CSV cell holds every event: say which event and which of its parts
        errors.add(new ImportError(line.row(), column, locale -> Messages.format(locale, "dossier.import.eventPart",
                index, field, Messages.format(locale, key, args))));
    }

    String required(Field f) {
        String v = line.get(f);
        if (v == null || v.isBlank()) {
            fail(f, "dossier.import.required");
            return null;
        }
        return clean(v.strip(), line.column(f), Text.Kind.CODE);
    }

    String text(Field f, boolean required, Text.Kind kind) {
        String v = line.get(f);
        if (v == null || v.isBlank()) {
            if (required) {
                fail(f, "dossier.import.required");
            }
            return null;
        }
        return clean(v.strip(), line.column(f), kind);
    }

    /** Through {@link Text}: NFC, no control characters or lone surrogates, not longer than the kind allows. */
    String clean(String v, String column, Text.Kind kind) {
        List<DomainException.FieldError> refused = new ArrayList<>(0);
        String stored = Text.accept(column, v, kind, refused);
        for (DomainException.FieldError e : refused) {
            errors.add(error(line.row(), column, e.messageKey(), e.args()));
        }
        return stored;
    }

    <E extends Enum<E>> E oneOf(Field f, Class<E> type, boolean required) {
        String v = line.get(f);
        if (v == null || v.isBlank()) {
            if (required) {
                fail(f, "dossier.import.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            fail(f, "dossier.import.notOneOf", v, names(type.getEnumConstants()));
            return null;
        }
    }

    OffsetDateTime instant(Field f, boolean required) {
        String v = line.get(f);
        if (v == null || v.isBlank()) {
            if (required) {
                fail(f, "dossier.import.required");
            }
            return null;
        }
        try {
            return IsoInstant.parse(v.strip());
        } catch (DateTimeParseException e) {
            fail(f, "dossier.import.notInstant", v);
            return null;
        }
    }

    Boolean bool(Field f) {
        String v = line.get(f);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("1")) {
            return true;
        }
        if (s.equals("false") || s.equals("0")) {
            return false;
        }
        fail(f, "dossier.import.notBoolean", v);
        return null;
    }

    Long integer(Field f, long min, long max) {
        String v = line.get(f);
        if (v == null || v.isBlank()) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            fail(f, "dossier.import.notInteger", v);
            return null;
        }
        if (n < min || n > max) {
            fail(f, "dossier.import.range", v, min, max == Long.MAX_VALUE ? "∞" : max);
            return null;
        }
        return n;
    }

    /** The dossier's status (event 0) or an event's status field. */
    DossierStatus status(String v, boolean required, int event, String field) {
        if (v == null || v.isBlank()) {
            if (required) {
                if (event == 0) {
                    fail(Field.STATUS, "dossier.import.required");
                } else {
                    failEvent(event, field, "dossier.import.required");
                }
            }
            return null;
        }
        try {
            return DossierStatus.of(Integer.parseInt(v.strip()));
        } catch (IllegalArgumentException e) {
            if (event == 0) {
                fail(Field.STATUS, "dossier.import.status", v);
            } else {
                failEvent(event, field, "dossier.import.status", v);
            }
            return null;
        }
    }
}
