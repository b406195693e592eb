package vn.motcua.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Which rule set a year's index targets are measured against, and a group's points in it. */
class IndexRuleSetForYearTest {

    private static IndexRuleSet set(String code, String from, String to) {
        IndexRuleSet r = RuleSet2026.rules();
        return new IndexRuleSet(code, "", "", LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                r.groups(), r.metrics(), r.bands());
    }

    private static final List<IndexRuleSet> SETS = List.of(set("766-2026", "2026-01-01", "2027-06-30"),
            set("766-2027", "2027-07-01", "2028-12-31"));

    private static String forYear(int year) {
        return IndexRuleSet.forYear(SETS, year).map(IndexRuleSet::code).orElse("none");
    }

    @Test
    void theSetInForceOnTheYearsLastDayElseTheNearestOne() {
        assertEquals("766-2026", forYear(2026));
        assertEquals("766-2027", forYear(2027), "in force on 31/12/2027, though not all the year");
        assertEquals("766-2026", forYear(2024), "a year before the first rule set: the first");
        assertEquals("766-2027", forYear(2030), "a year after the last ended: the last");
        assertEquals("none", IndexRuleSet.forYear(List.of(), 2026).map(IndexRuleSet::code).orElse("none"));
    }

    @Test
    void aGroupsPointsAreTheRuleSets() {
        IndexRuleSet r = RuleSet2026.rules();
        assertEquals(OptionalDouble.of(20), r.groupPoints("TDGQ"));
        assertEquals(OptionalDouble.of(22), r.groupPoints("MDSH"));
        assertTrue(r.groupPoints("XYZ").isEmpty());
    }
}
