package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One name per screen. A screen is a page of the web application; its name is read where the user meets it:
 * <ul>
 * <li>its title: the {@code title} parameter of the page ({@code <ui:param name="title" value="#{msg['…']}"/>});</li>
 * <li>its menu entry: the {@code msg['menu.…']} text of the link to it in {@code WEB-INF/includes/layout/menu.xhtml}
 * (not a drop-down's heading, which names a group of screens);</li>
 * <li>its home card(s): the {@code home.card.….title} text of the card(s) {@link HomeView} links to it.</li>
 * </ul>
 * In each language, menu = card = title for every screen, and no two screens have the same title.
 */
class ScreenNamesTest {

    static final Path WEBAPP = Path.of("src/main/webapp");
    static final ResourceBundle VI = ResourceBundle.getBundle(UiText.BUNDLE, LocaleView.VIETNAMESE);
    static final ResourceBundle EN = ResourceBundle.getBundle(UiText.BUNDLE, Locale.ENGLISH);

    private static final Pattern TITLE = Pattern.compile("<ui:param\\s+name=\"title\"\\s+value=\"[^\"]*msg\\['([^']+)'\\]");
    private static final Pattern MENU_LINK = Pattern.compile(
            "<a\\s(?![^>]*aria-haspopup)[^>]*href=\"#\\{request\\.contextPath\\}(/[^\"#?]+)\"[^>]*>(?:(?!</a>).)*?msg\\['(menu\\.[^']+)'\\]", Pattern.DOTALL);
    private static final Pattern CARD = Pattern.compile("card\\(\"[^\"]*\",\\s*\"[^\"]*\",\\s*(.*?)ctx \\+ \"(/[^\"]+)\"", Pattern.DOTALL);
    private static final Pattern CARD_KEY = Pattern.compile("\"(home\\.card\\.\\w+)\"");

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page (its path from the application's root) → the key of its title. */
    static Map<String, String> titles() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF")).toList()) {
                Matcher m = TITLE.matcher(read(p));
                if (m.find()) {
                    out.put("/" + WEBAPP.relativize(p).toString().replace('\\', '/'), m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Page → the keys of the names it is given in the menu and on the home cards. */
    static Map<String, Set<String>> links() {
        Map<String, Set<String>> out = new TreeMap<>();
        Matcher m = MENU_LINK.matcher(read(WEBAPP.resolve("WEB-INF/includes/layout/menu.xhtml")));
        while (m.find()) {
            out.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
        }
        Matcher c = CARD.matcher(read(Path.of("src/main/java/vn/motcua/ui/view/HomeView.java")));
        while (c.find()) {
            Matcher k = CARD_KEY.matcher(c.group(1));
            while (k.find()) {
                out.computeIfAbsent(c.group(2), x -> new TreeSet<>()).add(k.group(1) + ".title");
            }
        }
        return out;
    }

    @Test
    void readsTheNamesOfTheScreens() {
        Map<String, Set<String>> links = links();
        assertTrue(links.keySet().containsAll(List.of("/calendar/due-date.xhtml", "/dossiers/index.xhtml",
                "/admin/users.xhtml", "/reports/service-index.xhtml")), links.toString());
        assertTrue(links.get("/calendar/due-date.xhtml").containsAll(List.of("menu.dueDate", "home.card.dueDate.title")));
        assertTrue(links.get("/admin/users.xhtml").containsAll(List.of("home.card.users.title", "home.card.usersAll.title")));
        assertEquals("dueDate.title", titles().get("/calendar/due-date.xhtml"));
    }

    @Test
    void menuCardAndTitleNameAScreenAlike() {
        Map<String, String> titles = titles();
        List<String> problems = new ArrayList<>();
        for (ResourceBundle b : List.of(VI, EN)) {
            for (Map.Entry<String, Set<String>> e : links().entrySet()) {
                Set<String> keys = new TreeSet<>(e.getValue());
                if (titles.containsKey(e.getKey())) {
                    keys.add(titles.get(e.getKey()));
                }
                Map<String, String> names = new TreeMap<>();
                keys.forEach(k -> names.put(k, b.getString(k)));
                if (new TreeSet<>(names.values()).size() > 1) {
                    problems.add(b.getLocale() + " " + e.getKey() + ": " + names);
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void noTwoScreensShareAName() {
        List<String> problems = new ArrayList<>();
        for (ResourceBundle b : List.of(VI, EN)) {
            Map<String, String> byName = new TreeMap<>();
            titles().forEach((page, key) -> {
                String other = byName.putIfAbsent(b.getString(key), page);
                if (other != null) {
                    problems.add(b.getLocale() + " \"" + b.getString(key) + "\": " + other + " and " + page);
                }
            });
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
