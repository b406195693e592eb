package vn.motcua.infra.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.infra.generator.TenantCatalog.Procedure;
import vn.motcua.infra.generator.TenantCatalog.Unit;

/** A province shaped like the demo ones: districts until 30 Jun 2025, communes after, a service centre. */
final class TestCatalogs {

    private TestCatalogs() { }

    static TenantCatalog province() {
        List<Procedure> ps = new ArrayList<>();
        String[] times = {"SAME_DAY 15:00", "3 WORKING_DAYS", "5 WORKING_DAYS", "10 WORKING_DAYS", "15 WORKING_DAYS",
                "30 WORKING_DAYS", "30 CALENDAR_DAYS", "1 MONTHS", "8 WORKING_HOURS", "20 WORKING_DAYS"};
        String[] online = {"FULL", "PARTIAL", "NONE", "FULL", "PARTIAL"};
        for (int i = 0; i < 80; i++) {
            boolean commune = i % 3 == 0;
            ps.add(new Procedure(String.format("1.%06d", 1000 + i), "Thủ tục số " + i, commune ? "COMMUNE" : "PROVINCE",
                    times[i % times.length], i % 4 == 0 ? "2 WORKING_DAYS" : "", online[i % online.length], i % 5 != 1,
                    i % 3 == 1 ? 50_000 : 0, List.of("Lệ phí"), List.of("Tờ khai"),
                    commune ? "H21.XA" : "H21.0" + (1 + i % 5), null, null));
        }
        List<Unit> us = new ArrayList<>();
        us.add(new Unit("H21", "000.00.00.H21", "UBND tỉnh Gia Lai", "PEOPLES_COMMITTEE", "PROVINCE", null, null));
        us.add(new Unit("H21.30", "", "Trung tâm Phục vụ hành chính công tỉnh Gia Lai", "SERVICE_CENTRE", "PROVINCE",
                LocalDate.of(2019, 1, 1), null));
        for (int i = 1; i <= 5; i++) {
            us.add(new Unit("H21.0" + i, "000.00.0" + i + ".H21", "Sở số " + i, "DEPARTMENT", "PROVINCE", null, null));
        }
        for (int i = 0; i < 6; i++) {
            us.add(new Unit("H21.D" + i, "", "UBND huyện Số " + i, "DISTRICT", "DISTRICT", LocalDate.of(2019, 1, 1),
                    LocalDate.of(2025, 6, 30)));
        }
        for (int i = 0; i < 30; i++) {
            us.add(new Unit("H21." + (100 + i), "", "UBND xã Ia " + i, i % 5 == 0 ? "WARD" : "COMMUNE", "COMMUNE",
                    LocalDate.of(2025, 7, 1), null));
        }
        return new TenantCatalog("gia-lai", ps, us);
    }
}
