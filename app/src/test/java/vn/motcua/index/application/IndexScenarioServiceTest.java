package vn.motcua.index.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException.FieldError;

class IndexScenarioServiceTest {

    @Test
    void aNameIsStrippedAndComposed() {
        List<FieldError> errors = new ArrayList<>();
        // "Kịch bản" typed with decomposed letters: k, i + dot below, c, h …
        assertEquals("Kịch bản quý 1", IndexScenarioService.name("  Ki\u0323ch ba\u0309n quý 1 ", errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void aNameIsRequiredAndAtMost200Characters() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(IndexScenarioService.name("   ", errors));
        assertEquals("field.required", errors.get(0).messageKey());
        assertEquals("x".repeat(200), IndexScenarioService.name("x".repeat(200), errors));
        assertNull(IndexScenarioService.name("ị".repeat(201), errors));
        assertEquals("index.scenario.nameLength", errors.get(1).messageKey());
        assertEquals(List.of(200, 201), List.of(errors.get(1).args()));
        assertNull(IndexScenarioService.name("a\u0000b", errors));
        assertEquals("name", errors.get(2).field());
        assertEquals(3, errors.size());
    }
}
