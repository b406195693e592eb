package vn.motcua.dossier.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.units.application.UnitsInForce;
import vn.motcua.units.domain.UnitVersion;

class UnitsOnDayTest {

    /** Answers H21.30 only, and remembers what it was asked. */
    static final class FakeUnits extends UnitsInForce {
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<UnitVersion> find(String portalCode, LocalDate day) {
            asked.add(portalCode + "@" + day);
            return portalCode.equals("H21.30") ? Optional.of(DossierCodesTest.unit(null, "H21.30")) : Optional.empty();
        }
    }

    @Test
    void eachCodeIsLookedUpOnceOnTheDayAndAKnownUnitNotAtAll() {
        FakeUnits fake = new FakeUnits();
        UnitsOnDay units = new UnitsOnDay(fake, LocalDate.of(2026, 11, 22));
        units.known(DossierCodesTest.unit("000.00.05.H21", "H21.05"));

        assertEquals("Sở Tư pháp", units.name("H21.30"));
        assertEquals("H21.99", units.name("H21.99"));
        assertEquals(true, units.find("H21.30").isPresent());
        assertEquals(false, units.find("H21.99").isPresent());
        assertEquals(true, units.find("H21.05").isPresent());
        assertEquals(false, units.find(" ").isPresent());
        assertEquals(List.of("H21.30@2026-11-22", "H21.99@2026-11-22"), fake.asked);
    }
}
