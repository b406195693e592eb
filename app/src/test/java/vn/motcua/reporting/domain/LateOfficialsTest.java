package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LateOfficialsTest {

    static final List<LateOfficials.Row> ROWS = List.of(
            new LateOfficials.Row("tran.duc.huy3", "H48.16", 3, 5),
            new LateOfficials.Row("pham.van.d", "H48.19", 2, 2),
            new LateOfficials.Row("le.thi.c", "H48.16", 1, 4));
    static final Map<String, String> UNITS = Map.of("H48.16", "Sở Tư pháp");
    static final Map<String, String> NAMES = Map.of("tran.duc.huy3", "Trần Đức Huy", "pham.van.d", "Phạm Văn D",
            "le.thi.c", "Lê Thị C");

    @Test
    void namedEachLineShowsTheOfficialsDisplayName() {
        List<LateOfficials.Line> lines = LateOfficials.publish(ROWS, true, NAMES::get, UNITS::get);
        assertEquals(List.of(new LateOfficials.Line("Trần Đức Huy", "H48.16", "Sở Tư pháp", 3, 5, null),
                new LateOfficials.Line("Phạm Văn D", "H48.19", "H48.19", 2, 2, null),
                new LateOfficials.Line("Lê Thị C", "H48.16", "Sở Tư pháp", 1, 4, null)), lines);
    }

    @Test
    void unnamedEachIsTheNthOfficialOfItsUnitDownTheList() {
        List<LateOfficials.Line> lines = LateOfficials.publish(ROWS, false, NAMES::get, UNITS::get);
        assertEquals(List.of(new LateOfficials.Line("Cán bộ 1 của Sở Tư pháp", "H48.16", "Sở Tư pháp", 3, 5, 1),
                new LateOfficials.Line("Cán bộ 1 của H48.19", "H48.19", "H48.19", 2, 2, 1),
                new LateOfficials.Line("Cán bộ 2 của Sở Tư pháp", "H48.16", "Sở Tư pháp", 1, 4, 2)), lines);
    }
}
