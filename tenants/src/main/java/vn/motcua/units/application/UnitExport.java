package vn.motcua.units.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitVersion;

/** The units valid on a day in the columns {@link UnitImporter} reads, so an export re-imports unchanged. */
public final class UnitExport {

    private UnitExport() { }

    public static List<List<String>> rows(UnitHistory h, LocalDate day) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitVersion v : h.unitsOn(day)) {
            String parentPortal = v.parentId() == null ? "" : h.versionOn(v.parentId(), day)
                    .map(p -> p.spec().portal() == null ? "" : p.spec().portal()).orElse("");
            rows.add(List.of(Long.toString(v.unitId()), nz(v.spec().portal()), nz(v.spec().qcvn()), v.name(), v.kind().name(),
                    v.level().name(), v.parentId() == null ? "" : v.parentId().toString(), parentPortal, v.validFrom().toString()));
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
