package vn.motcua.catalog.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.domain.Level;
import vn.motcua.catalog.domain.OnlineKind;
import vn.motcua.catalog.domain.ProcedureCode;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.catalog.domain.ProcedureLists;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.catalog.domain.Publication;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;

/**
 * Generates a demo province's catalog from {@code vn/motcua/seed/catalog/national.csv} (the common list) and
 * {@code provinces.csv} (what each province drops and adds). Deterministic: the same province always gets the
 * same procedures. Everything generated here is demo data and is stored with generated = true.
 * <p>
 * A procedure offered at both levels is published twice, as province catalogs do: once for the province level
 * and once for the commune level (code with first digit + 2, name suffixed "(cấp xã)"). Implementing-unit
 * references are the portal codes of the province's real units when they are given ({@link UnitRefs}: the
 * service centre receives, a department chosen by sector processes); {@code H21.XA} stands for "the commune where
 * the dossier is handled" for commune-level procedures. Without units, placeholders in the same style are used
 * ({@code H21.TTPVHCC}, {@code H21.S05}).
 */
public final class CatalogSeed {

    private static final String DIR = "/vn/motcua/seed/catalog/";

    private CatalogSeed() { }

    /** Units that exist in the province: its service centre's portal code and its departments (may be empty). */
    public record UnitRefs(String serviceCentre, List<Department> departments) {
        public static final UnitRefs NONE = new UnitRefs(null, List.of());

        public record Department(String portalCode, String name) { }

        public UnitRefs {
            departments = List.copyOf(departments);
        }

        /** The department named after the sector ("Sở Y tế" for Y tế), else one chosen by the sector's hash. */
        String departmentFor(String sector) {
            String wanted = sector.toLowerCase(java.util.Locale.ROOT);
            return departments.stream()
                    .filter(d -> d.name().toLowerCase(java.util.Locale.ROOT).startsWith("sở " + wanted))
                    .map(Department::portalCode).findFirst()
                    .orElse(departments.get(Math.floorMod(sector.hashCode(), departments.size())).portalCode());
        }
    }

    public static List<ProcedureContent> generate(String slug, String provinceCode) {
        return generate(slug, provinceCode, UnitRefs.NONE);
    }

    public static List<ProcedureContent> generate(String slug, String provinceCode, UnitRefs refs) {
        int drop = 0;
        List<String> lines = new ArrayList<>(data(read("national.csv")));
        for (String line : data(read("provinces.csv"))) {
            String[] p = line.split(";", 3);
            if (!p[0].equals(slug)) {
                continue;
            }
            if (p[1].equals("drop")) {
                drop = Integer.parseInt(p[2].strip());
            } else if (p[1].equals("extra")) {
                lines.add(p[2]);
            }
        }
        List<ProcedureContent> out = new ArrayList<>();
        int seq = 0;
        Set<String> used = new java.util.HashSet<>();
        for (String line : lines) {
            String[] c = line.split(";", -1);
            if (c.length != 12) {
                throw new IllegalStateException("seed line has " + c.length + " columns: " + line);
            }
            String[] names = c[1].strip().replaceAll("^\\{|\\}$", "").split("\\|");
            for (int i = 0; i < names.length; i++) {
                String base = c[0].strip();
                String code = free(used, base.substring(0, 2), Integer.parseInt(base.substring(2)) + i);
                if (drop > 0 && Math.floorMod((slug + code).hashCode(), drop) == 0 && !code.startsWith("2.9")) {
                    continue;
                }
                Set<Level> levels = EnumSet.noneOf(Level.class);
                for (String l : c[3].split(",")) {
                    levels.add(Level.valueOf(l.strip()));
                }
                if (levels.size() == 2) {
                    out.add(build(slug, provinceCode, refs, code, names[i] + " (cấp tỉnh)", c, Level.PROVINCE, seq++));
                    String communeCode = free(used, (char) (code.charAt(0) + 2) + ".", Integer.parseInt(code.substring(2)));
                    out.add(build(slug, provinceCode, refs, communeCode, names[i] + " (cấp xã)", c, Level.COMMUNE, seq++));
                } else {
                    out.add(build(slug, provinceCode, refs, code, names[i], c, levels.iterator().next(), seq++));
                }
            }
        }
        return out;
    }

    /** The first code from {@code number} on that is not used yet (neighbouring seed ranges may overlap). */
    private static String free(Set<String> used, String prefix, int number) {
        String code = prefix + String.format("%06d", number);
        while (!used.add(code)) {
            code = prefix + String.format("%06d", ++number);
        }
        return code;
    }

    private static ProcedureContent build(String slug, String pcode, UnitRefs refs, String code, String name, String[] c,
                                          Level level, int seq) {
        int h = Math.abs((slug + code).hashCode());
        StatutoryTime time = StatutoryTime.parse(c[4]);
        OnlineKind kind = OnlineKind.valueOf(c[6].strip());
        boolean eligible = Boolean.parseBoolean(c[7].strip());
        if (kind == OnlineKind.NONE && h % 4 == 0 && time.unit() != StatutoryUnit.SAME_DAY) {
            kind = OnlineKind.PARTIAL; // some provinces already put a few more procedures online
        }
        StatutoryTime online = c[5].isBlank() || kind == OnlineKind.NONE ? null : StatutoryTime.parse(c[5]);
        String sector = ProcedureFields.find(c[2].strip()).orElseThrow(
                () -> new IllegalStateException("unknown field " + c[2])).sectorVi();
        String dept = refs.departments().isEmpty()
                ? pcode + ".S" + String.format("%02d", Math.floorMod(sector.hashCode(), 14) + 1)
                : refs.departmentFor(sector);
        String desk = refs.serviceCentre() != null ? refs.serviceCentre() : pcode + ".TTPVHCC";
        String commune = pcode + ".XA";
        List<String> units = level == Level.PROVINCE ? List.of(dept) : List.of(commune);
        List<ProcessStep> steps;
        if (time.unit() == StatutoryUnit.SAME_DAY || time.unit() == StatutoryUnit.WORKING_HOURS) {
            String u = level == Level.PROVINCE ? desk : commune;
            steps = List.of(new ProcessStep("Tiếp nhận và kiểm tra hồ sơ", 20, 0, u, "CLERK"),
                    new ProcessStep("Xử lý, trình ký", 60, 0, u, "OFFICER"),
                    new ProcessStep("Ký duyệt", 10, 0, u, "UNIT_LEADER"),
                    new ProcessStep("Trả kết quả", 10, 0, u, "CLERK"));
        } else if (level == Level.PROVINCE) {
            steps = List.of(new ProcessStep("Tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công", 5, 0, desk, "CLERK"),
                    new ProcessStep("Thẩm định hồ sơ", 60, 0, dept, "OFFICER"),
                    new ProcessStep("Lãnh đạo phòng chuyên môn xem xét", 15, 0, dept, "UNIT_LEADER"),
                    new ProcessStep("Lãnh đạo Sở phê duyệt", 15, 0, dept, "UNIT_LEADER"),
                    new ProcessStep("Trả kết quả", 5, 0, desk, "CLERK"));
        } else {
            steps = List.of(new ProcessStep("Tiếp nhận hồ sơ tại bộ phận một cửa cấp xã", 10, 0, commune, "CLERK"),
                    new ProcessStep("Công chức chuyên môn thẩm định", 60, 0, commune, "OFFICER"),
                    new ProcessStep("Chủ tịch Ủy ban nhân dân cấp xã ký", 20, 0, commune, "UNIT_LEADER"),
                    new ProcessStep("Trả kết quả", 10, 0, commune, "CLERK"));
        }
        // Catalogs were republished after the 1 Jul 2025 reorganisation; a few reached the national database late.
        LocalDate decision = LocalDate.of(2025, 7, 1).plusDays(h % 60);
        LocalDate effective = decision.plusDays(h % 3 == 0 ? 0 : 5);
        LocalDate published = decision.plusDays(h % 7 == 0 ? 12 + h % 20 : 1 + h % 4);
        String decisionNumber = (1200 + (h % 40) * 17) + "/QĐ-UBND";
        return new ProcedureContent(new ProcedureCode(code), name, c[2].strip(), Set.of(level), units, time, online,
                ProcedureLists.parseFees(c[10].replace("~", "\n")), ProcedureLists.parseDocuments(c[11].replace("~", "\n")),
                kind, eligible || kind == OnlineKind.FULL, Boolean.parseBoolean(c[8].strip()),
                Boolean.parseBoolean(c[9].strip()), steps, new Publication(decisionNumber, decision, effective, published));
    }

    private static List<String> data(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("code;")
                && !l.startsWith("province;")).toList();
    }

    private static String read(String name) {
        try (InputStream in = CatalogSeed.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException(DIR + name + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
