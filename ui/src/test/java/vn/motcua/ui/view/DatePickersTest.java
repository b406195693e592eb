package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every date and time picker opens from its button or with ArrowDown, never on focus (docs/accessibility.md): opened on
 * focus, the Tab key went into the picker's panel and stayed there, a keyboard trap (WCAG 2.1.2).
 */
class DatePickersTest {

    private static final Pattern PICKER = Pattern.compile("<p:datePicker\\b[^>]*>", Pattern.DOTALL);

    @Test
    void noPickerOpensOnFocus() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ScreenNamesTest.WEBAPP)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PICKER.matcher(ScreenNamesTest.read(p));
                while (m.find()) {
                    String tag = m.group().replaceAll("\\s+", " ");
                    found.add(p.getFileName() + ": " + tag);
                    if (!tag.contains("showOnFocus=\"false\"") || !tag.contains("showIcon=\"true\"")) {
                        wrong.add(p + ": " + tag);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertTrue(found.size() >= 17, "the pickers of the pages were read: " + found);
        assertEquals(List.of(), wrong, "pickers that open on focus or have no button");
    }
}
