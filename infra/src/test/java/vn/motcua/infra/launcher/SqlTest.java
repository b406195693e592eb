package vn.motcua.infra.launcher;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqlTest {

    @Test
    void quoting() {
        assertEquals("\"motcua_app\"", Sql.ident("motcua_app"));
        assertEquals("\"a\"\"b\"", Sql.ident("a\"b"));
        assertEquals("'x'", Sql.literal("x"));
        assertEquals("'it''s'", Sql.literal("it's"));
        assertThrows(IllegalArgumentException.class, () -> Sql.literal("a\0b"));
    }
}
