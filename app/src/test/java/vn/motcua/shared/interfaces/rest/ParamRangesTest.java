package vn.motcua.shared.interfaces.rest;

import vn.motcua.calendar.interfaces.rest.CalendarResource;
import vn.motcua.catalog.interfaces.rest.CatalogLookupResource;
import vn.motcua.dossier.interfaces.rest.DossierResource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Messages;

class ParamRangesTest {

    @Test
    void wholeNumbersWithinTheRangePass() {
        assertTrue(ParamRanges.within("0", 0, 10));
        assertTrue(ParamRanges.within("10", 0, 10));
        assertTrue(ParamRanges.within("+7", 0, 10));
        assertTrue(ParamRanges.within("9223372036854775807", 1, Long.MAX_VALUE));
        assertDoesNotThrow(() -> ParamRanges.check("size", null, "1", "500"));
        assertDoesNotThrow(() -> ParamRanges.check("size", "", "1", "500"));
    }

    @Test
    void outsideTheRangeOrNoWholeNumberFails() {
        assertFalse(ParamRanges.within("-1", 1, 500));
        assertFalse(ParamRanges.within("0", 1, 500));
        assertFalse(ParamRanges.within("501", 1, 500));
        assertFalse(ParamRanges.within("1099511627776", 0, Integer.MAX_VALUE));
        assertFalse(ParamRanges.within("2^40", 0, Integer.MAX_VALUE));
        assertFalse(ParamRanges.within("9223372036854775808", 1, Long.MAX_VALUE));
        assertFalse(ParamRanges.within("99999999999999999999999", 1, Long.MAX_VALUE));
        assertFalse(ParamRanges.within("abc", 1, Long.MAX_VALUE));
        assertFalse(ParamRanges.within(" 5", 0, 10));
        assertFalse(ParamRanges.within("5.0", 0, 10));
        assertFalse(ParamRanges.within("٥", 0, 10));
    }

    @Test
    void aYesNoParameterIsTrueOrFalseOrAbsent() {
        assertDoesNotThrow(() -> ParamRanges.checkBoolean("preview", null));
        assertDoesNotThrow(() -> ParamRanges.checkBoolean("preview", ""));
        assertDoesNotThrow(() -> ParamRanges.checkBoolean("preview", "true"));
        assertDoesNotThrow(() -> ParamRanges.checkBoolean("preview", "FALSE"));
        DomainException e = assertThrows(DomainException.class, () -> ParamRanges.checkBoolean("preview", "maybe"));
        assertEquals("preview", e.fieldErrors().get(0).field());
        assertEquals("Tham số 'preview' chỉ nhận true hoặc false.",
                Messages.format(Messages.VIETNAMESE, e.messageKey(), e.args()));
        assertEquals("The parameter 'preview' takes true or false only.",
                Messages.format(Locale.ENGLISH, e.messageKey(), e.args()));
        assertThrows(DomainException.class, () -> ParamRanges.checkBoolean("preview", "1"));
    }

    @Test
    void theRefusalNamesTheParameterAndItsRange() {
        DomainException e = assertThrows(DomainException.class, () -> ParamRanges.check("first", "-5", ParamRanges.FIRST_MIN, ParamRanges.FIRST_MAX));
        assertEquals(DomainException.Kind.INVALID, e.kind());
        assertEquals("first", e.fieldErrors().get(0).field());
        assertEquals("Tham số 'first' phải là số nguyên từ 0 đến 2147483647.",
                Messages.format(Messages.VIETNAMESE, e.messageKey(), e.args()));
        assertEquals("The parameter 'first' must be a whole number from 0 to 2147483647.",
                Messages.format(Locale.ENGLISH, e.messageKey(), e.args()));
    }

    @Test
    void theKindsOfParameterHaveTheseRanges() {
        assertEquals(List.of("0", "2147483647"), List.of(ParamRanges.FIRST_MIN, ParamRanges.FIRST_MAX));
        assertEquals(List.of("1", "500"), List.of(ParamRanges.SIZE_MIN, ParamRanges.SIZE_MAX));
        assertEquals(List.of("1", "20000"), List.of(ParamRanges.AUDIT_BATCH_MIN, ParamRanges.AUDIT_BATCH_MAX));
        assertEquals(List.of("1", "1000"), List.of(ParamRanges.EVENTS_MIN, ParamRanges.EVENTS_MAX));
        assertEquals(List.of("1976", "2200"), List.of(ParamRanges.YEAR_MIN, ParamRanges.YEAR_MAX));
        assertEquals(List.of("0", "720"), List.of(ParamRanges.HOURS_MIN, ParamRanges.HOURS_MAX));
        assertEquals(List.of("1", "9223372036854775807"), List.of(ParamRanges.ID_MIN, ParamRanges.ID_MAX));
        assertEquals(List.of("0", "9223372036854775807"), List.of(ParamRanges.AFTER_ID_MIN, ParamRanges.AFTER_ID_MAX));
        assertEquals(List.of("1", "10"), List.of(ParamRanges.STATUS_MIN, ParamRanges.STATUS_MAX));
    }

    /** A numeric parameter added without a range would again be silently accepted or become a 404. */
    @Test
    void everyNumericParameterOfTheApiHasARangeThatHoldsItsDefault() throws Exception {
        Set<Class<?>> numeric = Set.of(int.class, long.class, Integer.class, Long.class, short.class, Short.class);
        List<String> seen = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method m : resource.getDeclaredMethods()) {
                for (Parameter p : m.getParameters()) {
                    String name = p.isAnnotationPresent(QueryParam.class) ? p.getAnnotation(QueryParam.class).value()
                            : p.isAnnotationPresent(PathParam.class) ? p.getAnnotation(PathParam.class).value() : null;
                    if (name == null || !numeric.contains(p.getType())) {
                        continue;
                    }
                    String where = resource.getSimpleName() + "." + m.getName() + "(" + name + ")";
                    seen.add(where);
                    org.eclipse.microprofile.openapi.annotations.parameters.Parameter doc =
                            p.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
                    assertNotNull(doc, where + " has no @Parameter with its range");
                    long min = Long.parseLong(doc.schema().minimum());
                    long max = Long.parseLong(doc.schema().maximum());
                    assertTrue(min <= max, where);
                    DefaultValue d = p.getAnnotation(DefaultValue.class);
                    if (d != null) {
                        assertTrue(ParamRanges.within(d.value(), min, max), where + " default " + d.value());
                    }
                }
            }
        }
        assertTrue(seen.contains("DossierResource.listDossiers(size)") && seen.contains("CalendarResource.putNationalCalendarDays(year)")
                && seen.contains("CatalogLookupResource.getProcedureVersion(versionId)"), seen.toString());
    }

    /** Every JAX-RS resource of the app module: the {@code @Path} classes of each area's {@code interfaces.rest}. */
    static List<Class<?>> resources() throws URISyntaxException, ClassNotFoundException, java.io.IOException {
        File dir = new File(ParamRanges.class.getResource("ParamRanges.class").toURI()).getParentFile();
        // up from vn/motcua/shared/interfaces/rest to the classes directory
        java.nio.file.Path root = dir.toPath();
        for (int i = 0; i < ParamRanges.class.getPackageName().split("\\.").length; i++) {
            root = root.getParent();
        }
        List<Class<?>> out = new ArrayList<>();
        List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .filter(f -> f.getParent().endsWith(java.nio.file.Path.of("interfaces", "rest"))).sorted().toList();
        }
        for (java.nio.file.Path f : files) {
            String name = root.relativize(f).toString().replace(File.separatorChar, '.');
            Class<?> c = Class.forName(name.substring(0, name.length() - 6), false, ParamRanges.class.getClassLoader());
            if (c.isAnnotationPresent(Path.class)) {
                out.add(c);
            }
        }
        assertTrue(out.size() >= 15, out.toString());
        return out;
    }
}
