package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One language per text: walks every resource bundle of every module (each {@code X_en.properties} in a
 * {@code src/main/resources} beside its Vietnamese base {@code X.properties}) and checks both languages.
 *
 * <p>How a fragment of the other language is recognised, word by word (placeholders, codes in capitals with digits
 * or underscores, words with digits, words written in camelCase or quoted 'like this' are not words of either
 * language):
 * <ul>
 * <li>Vietnamese text: every word must be a Vietnamese syllable (an initial from Vietnamese spelling, a vowel
 * group, a final among c, ch, m, n, ng, nh, p, t; no f, j, w, z) — "swap", "paid", "holiday" are not; and a text
 * with words must hold at least one letter only Vietnamese has (ă, â, đ, ê, ô, ơ, ư or a tone mark).</li>
 * <li>English text: no letter with a Vietnamese diacritic (proper names are written without them: Tet, Gia Lai).</li>
 * </ul>
 * Words that are the same in both languages are listed in {@link #SAME_IN_BOTH}, short and commented.
 */
class BundleLanguageTest {

    /** The repository's root: tests run in the module's directory. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /**
     * Words written the same in Vietnamese and English texts (words in capitals, with digits or underscores are
     * codes by rule, see {@link #isCode}). Matched as written.
     */
    static final Set<String> SAME_IN_BOTH = Set.of(
            "Excel", // the product, offered beside CSV
            "Enter", // the name printed on the key
            "Authorization", "Bearer", "Basic", // HTTP header and schemes, typed as such
            "true", "false", "csv", "xlsx", "json", // values a parameter or a column takes
            "byte" // the unit, as MB is
    );

    /** Proper names that keep their Vietnamese letters in English texts. */
    static final List<String> NAMES = List.of(
            "Một Cửa", // the product's name
            "Nguyễn Văn A" // the example of a person's name, typed with its diacritics in either language
    );

    /**
     * Texts listing the columns of a file format: their lower-case words are the columns' names (code, name, id),
     * not English. Their other words are checked.
     */
    static final Set<String> COLUMN_LISTS = Set.of("procedureImport.columns", "dossierImport.format",
            "unitsImport.columns.hint");

    static List<Path> bundlesInEnglish() {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path resources = module.resolve("src/main/resources");
                if (!Files.isDirectory(resources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(resources)) {
                    files.filter(p -> p.getFileName().toString().endsWith("_en.properties")).forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static Path base(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace("_en.properties", ".properties"));
    }

    static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void findsTheBundlesOfEveryModule() {
        List<String> names = bundlesInEnglish().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertTrue(names.containsAll(List.of("messages_en.properties", "Problems_en.properties",
                "Explanations_en.properties", "DeadlineTexts_en.properties")), names.toString());
    }

    @Test
    void everyKeyIsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (Path en : bundlesInEnglish()) {
            Set<String> vi = new TreeSet<>(load(base(en)).stringPropertyNames());
            Set<String> eng = new TreeSet<>(load(en).stringPropertyNames());
            for (String k : vi) {
                if (!eng.contains(k)) {
                    problems.add(ROOT.relativize(en) + ": missing " + k);
                }
            }
            for (String k : eng) {
                if (!vi.contains(k)) {
                    problems.add(ROOT.relativize(base(en)) + ": missing " + k);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void vietnameseTextsHoldNoEnglish() {
        List<String> problems = new ArrayList<>();
        for (Path en : bundlesInEnglish()) {
            Properties vi = load(base(en));
            for (String key : new TreeSet<>(vi.stringPropertyNames())) {
                String text = vi.getProperty(key);
                String why = notVietnamese(COLUMN_LISTS.contains(key) ? text.replaceAll("\\b[a-z]+\\b", " ") : text);
                if (why != null) {
                    problems.add(base(en).getFileName() + " " + key + ": " + why + " in \"" + vi.getProperty(key) + "\"");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void englishTextsHoldNoVietnamese() {
        List<String> problems = new ArrayList<>();
        for (Path en : bundlesInEnglish()) {
            Properties p = load(en);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String why = notEnglish(p.getProperty(key));
                if (why != null) {
                    problems.add(en.getFileName() + " " + key + ": " + why + " in \"" + p.getProperty(key) + "\"");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void theHeuristicSeesMixedTexts() {
        assertEquals("\"swap\" is not Vietnamese", notVietnamese("Nghỉ hoán đổi (swap 31/12)"));
        assertEquals("\"paid\" is not Vietnamese", notVietnamese("Ngày Văn hóa Việt Nam là a paid holiday"));
        assertEquals("no Vietnamese letter", notVietnamese("Tin on the go"));
        assertEquals(null, notVietnamese("Xem"));
        assertEquals(null, notVietnamese("Tải tệp CSV, XLSX hoặc JSON (mã H21.19, {0} dòng)"));
        assertEquals(null, notVietnamese("Loại phải là HOLIDAY hoặc TET_BREAK; trường 'unitRefs' thiếu"));
        assertEquals(null, notVietnamese("{0}"));
        assertEquals("\"Tết\" has Vietnamese letters", notEnglish("Public holidays, Tết"));
        assertEquals(null, notEnglish("{0} {1,choice,0#working days|1#working day|1<working days}"));
    }

    // --- the heuristic ---

    /** MessageFormat arguments, quoted 'names', "names" and `names`, addresses, paths and dotted names. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "\\{\\d+(,\\s*\\w+(,[^{}]*)?)?}|''?[^'\\s][^']*?''?(?=\\W|$)|\"[^\"]*\"|„[^“]*“|`[^`]*`|\\S*[/@.:_=<>#|\\-]\\S*[\\p{L}\\d]");
    private static final Pattern CHOICE = Pattern.compile("\\{\\d+,choice,|\\d+[#<]|[|}]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Mn}\\d_]+");

    /**
     * A Vietnamese syllable without its tone mark: initial consonants, a vowel group (ă, â, ê, ô, ơ, ư written
     * a, e, o, u once the marks are gone), a final.
     */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
                    + "(uye|uya|uyu|oai|oay|oeo|uay|uoi|uou|ieu|yeu|uou|uya|oa|oe|uy|ue|uo|ua|ie|ye|ia|ai|ao|au|ay|eo|eu"
                    + "|iu|oi|ui|ou|uu|ưu|a|e|i|o|u|y)"
                    + "(ch|ng|nh|c|m|n|p|t)?");

    static String notVietnamese(String text) {
        String t = NOT_WORDS.matcher(text).replaceAll(" ");
        int words = 0;
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            if (isCode(w) || SAME_IN_BOTH.contains(w)) {
                continue;
            }
            words++;
            if (!SYLLABLE.matcher(plain(w.toLowerCase(java.util.Locale.ROOT))).matches()) {
                return "\"" + w + "\" is not Vietnamese";
            }
        }
        if (words >= 3 && t.chars().noneMatch(c -> c > 127 && Character.isLetter(c))) {
            return "no Vietnamese letter";
        }
        return null;
    }

    static String notEnglish(String text) {
        String t = CHOICE.matcher(text).replaceAll(" ");
        for (String name : NAMES) {
            t = t.replace(name, " ");
        }
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            if (w.chars().anyMatch(c -> c > 127 && Character.isLetter(c)) && !SAME_IN_BOTH.contains(w)) {
                return "\"" + w + "\" has Vietnamese letters";
            }
        }
        return null;
    }

    /**
     * Codes, of neither language: a word with digits (H21, 06a) or underscores (TET_BREAK), a name in camelCase
     * (unitRefs), a word in capitals (an acronym or a value the API accepts: UBND, CSV, HOLIDAY, YYYY), a lone
     * Latin letter (a symbol: h for hours, n), a date pattern (yyyy).
     */
    static boolean isCode(String w) {
        return w.matches("[A-Za-z]|y{2,4}|dd|MM") || w.chars().anyMatch(Character::isDigit) || w.contains("_") || w.matches("\\p{Ll}+\\p{Lu}\\w*")
                || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** Without tone marks and vowel marks; đ stays đ. */
    static String plain(String w) {
        String d = w.replace('đ', '\u0001');
        String n = Normalizer.normalize(d, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        return n.replace('\u0001', 'đ');
    }
}
