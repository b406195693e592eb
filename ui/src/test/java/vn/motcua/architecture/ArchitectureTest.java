package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, checked on the compiled main classes of every module (kernel, tenants, app, ui):
 * this module's test class path holds them all. Each rule says in its message where to put the code instead.
 */
class ArchitectureTest {

    /** Areas every other area may use: plain shared code and the kernel's rules (calendar, deadline, forms). */
    static final Set<String> KERNEL = Set.of("shared", "deadline");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Only the four modules' own jars or class directories: scanning the whole class path for the package is slow.
        Set<Location> modules = Stream.of(vn.motcua.shared.Text.class, vn.motcua.tenancy.domain.Tenant.class,
                        vn.motcua.dossier.domain.Dossier.class, vn.motcua.ui.view.LocaleView.class)
                .map(c -> Location.of(c.getProtectionDomain().getCodeSource().getLocation()))
                .collect(java.util.stream.Collectors.toSet());
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(modules);
    }

    @Test
    void packages_have_no_cycles() {
        slices().matching("vn.motcua.(**)").should().beFreeOfCycles()
                .because("a cycle makes two packages one; move the shared type to the lower one")
                .check(classes);
    }

    @Test
    void domain_code_imports_no_application_infrastructure_or_interfaces() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..",
                        "..interfaces..", "vn.motcua.ui..")
                .because("domain classes are plain rules; the layers above call them, never the reverse")
                .check(classes);
    }

    @Test
    void application_services_do_not_depend_on_interfaces_or_the_ui() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..interfaces..", "vn.motcua.ui..")
                .because("REST resources and views call application services, not the other way round")
                .check(classes);
    }

    @Test
    void infrastructure_does_not_depend_on_interfaces_or_the_ui() {
        noClasses().that().resideInAPackage("..infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage("..interfaces..", "vn.motcua.ui..")
                .check(classes);
    }

    @Test
    void the_ui_receives_dtos_or_domain_objects_never_infrastructure() {
        noClasses().that().resideInAPackage("vn.motcua.ui..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .because("views talk to application services, which hand out DTOs or domain objects")
                .check(classes);
    }

    @Test
    void sql_is_written_in_infrastructure_only() {
        noClasses().that().resideOutsideOfPackage("..infrastructure..")
                .should().callMethodWhere(DescribedPredicate.describe("a query is built",
                        call -> {
                            String owner = call.getTargetOwner().getName();
                            String name = call.getName();
                            return (owner.equals("jakarta.persistence.EntityManager")
                                    && (name.startsWith("create") && name.contains("Query")))
                                    || (owner.equals("java.sql.Connection") && name.startsWith("prepare"));
                        }))
                .because("SQL goes into repositories in the area's infrastructure package")
                .check(classes);
    }

    @Test
    void an_area_reaches_another_only_through_its_application_services_and_domain_types() {
        ArchRule rule = classes().should(new ArchCondition<JavaClass>("not reach into another area's infrastructure or interfaces") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = area(origin.getPackageName());
                if (from == null) {
                    return;
                }
                origin.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass();
                    String to = area(target.getPackageName());
                    if (to == null || to.equals(from) || KERNEL.contains(to)) {
                        return;
                    }
                    String layer = layer(target.getPackageName());
                    boolean tenancyPlumbing = to.equals("tenancy") && layer.equals("infrastructure")
                            && layer(origin.getPackageName()).equals("infrastructure");
                    if ((layer.equals("infrastructure") || layer.equals("interfaces")) && !tenancyPlumbing) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        });
        rule.because("another area's repositories and resources are its own business: call its application service")
                .check(classes);
    }

    /** {@code vn.motcua.<area>.<layer>…} → area; null for code outside the areas (the ui module). */
    static String area(String pkg) {
        if (!pkg.startsWith("vn.motcua.") || pkg.startsWith("vn.motcua.ui")) {
            return null;
        }
        String rest = pkg.substring("vn.motcua.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static String layer(String pkg) {
        for (String l : List.of("domain", "application", "infrastructure", "interfaces")) {
            if (pkg.contains("." + l)) {
                return l;
            }
        }
        return "";
    }

    /** The modules' main sources, from this module's directory (Maven runs tests in the module directory). */
    static final List<Path> MAIN_SOURCES = Stream.of("kernel", "tenants", "app", "ui", "infra")
            .map(m -> Path.of("..", m, "src", "main", "java")).toList();

    static final int MAX_CLASS_LINES = 500;
    static final int MAX_METHOD_LINES = 80;

    /**
     * The OpenAPI scanner names a body's schema by the class's simple name, so two public classes of the REST layer
     * with one simple name become one schema, and an operation is documented with the other's fields (found on
     * 06/12/2026: scoreIndex's UnitRequest replaced createUnit's, and the contract suite sent createUnit the wrong
     * fields). Give such classes names that say their area.
     */
    @Test
    void rest_classes_have_unique_simple_names() {
        java.util.Map<String, List<String>> byName = new java.util.TreeMap<>();
        classes.stream().filter(c -> c.getPackageName().contains(".interfaces.rest")
                        && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                        && !c.getSimpleName().isEmpty())
                .forEach(c -> byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName()));
        byName.values().removeIf(names -> names.size() < 2);
        assertEquals(java.util.Map.of(), byName, "rename one of each: their OpenAPI schemas would collide");
    }

    @Test
    void no_main_source_file_is_over_500_lines() {
        List<String> over = new ArrayList<>();
        forEachSource(f -> {
            int n = lines(f).size();
            if (n > MAX_CLASS_LINES) {
                over.add(f + ": " + n);
            }
        });
        assertEquals(List.of(), over, "split these along their seams");
    }

    /**
     * Method bodies by brace counting on the source (comments and strings with braces are rare here and only make
     * a method look longer, never shorter).
     */
    @Test
    void no_main_method_is_over_80_lines() {
        Pattern start = Pattern.compile("^\\s{4,}(?:(?:public|protected|private|static|final|synchronized|abstract)\\s+)*"
                + "(?:<[^>]+>\\s+)?[\\w.<>\\[\\], ?]+\\s+(\\w+)\\([^;]*$");
        List<String> over = new ArrayList<>();
        forEachSource(f -> {
            List<String> lines = lines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = start.matcher(lines.get(i));
                if (!m.find() || lines.get(i).contains(" new ") || lines.get(i).strip().startsWith("return")) {
                    continue;
                }
                int depth = 0;
                boolean opened = false;
                int j = i;
                for (; j < lines.size(); j++) {
                    for (char c : lines.get(j).toCharArray()) {
                        if (c == '{') {
                            depth++;
                            opened = true;
                        } else if (c == '}') {
                            depth--;
                        }
                    }
                    if (opened && depth <= 0) {
                        break;
                    }
                    if (!opened && lines.get(j).strip().endsWith(";")) {
                        break;
                    }
                }
                if (opened && j - i + 1 > MAX_METHOD_LINES && !lines.get(i).contains(" class ")
                        && !lines.get(i).contains(" record ") && !lines.get(i).contains(" enum ")
                        && !lines.get(i).contains(" interface ")) {
                    over.add(f + ":" + (i + 1) + " " + m.group(1) + "() " + (j - i + 1) + " lines");
                }
            }
        });
        assertEquals(List.of(), over, "split these methods");
    }

    private static void forEachSource(java.util.function.Consumer<Path> action) {
        for (Path root : MAIN_SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(action);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
