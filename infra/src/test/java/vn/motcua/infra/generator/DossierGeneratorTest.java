package vn.motcua.infra.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.deadline.domain.StatutoryTime;

class DossierGeneratorTest {

    private static final TenantCatalog CATALOG = TestCatalogs.province();
    /** 2024 and 2025: Tết 2024 and 2025, the 1 Jul 2025 switch. */
    private static final DossierGenerator.Settings TWO_YEARS = Provinces.settings("gia-lai", 42, 30_000,
            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    private static List<GeneratedDossier> all;

    @BeforeAll
    static void generate() {
        all = new ArrayList<>();
        new DossierGenerator(TWO_YEARS, CATALOG).generate(all::add);
    }

    private static byte[] ndjson(DossierGenerator.Settings s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GenerateDossiers.write(new DossierGenerator(s, CATALOG), false, out, null);
        return out.toByteArray();
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws Exception {
        DossierGenerator.Settings s = Provinces.settings("gia-lai", 7, 3_000, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31));
        byte[] a = ndjson(s);
        byte[] b = ndjson(s);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(a), MessageDigest.getInstance("SHA-256").digest(b));
        assertArrayEquals(a, b);
        byte[] c = ndjson(Provinces.settings("gia-lai", 8, 3_000, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertFalse(java.util.Arrays.equals(a, c));
        String text = new String(a, StandardCharsets.UTF_8);
        assertEquals(3_000, text.lines().count());
        // every line parses and has the required fields
        for (String line : text.lines().limit(200).toList()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) MiniJson.parse(line);
            for (String k : List.of("code", "procedureCode", "channel", "applicant", "receivingUnit", "receivedAt", "status",
                    "events")) {
                assertTrue(m.containsKey(k), k + " in " + line);
            }
        }
    }

    @Test
    void exactCountAndCodesUniqueWithDailySequencePerUnit() {
        assertEquals(30_000, all.size());
        Pattern shape = Pattern.compile("[0-9A-Z.\\-]+-(\\d{6})-(\\d{4,5})");
        Set<String> codes = new HashSet<>();
        Map<String, Integer> lastSeq = new HashMap<>();
        for (GeneratedDossier g : all) {
            assertTrue(codes.add(g.code()), "duplicate " + g.code());
            var m = shape.matcher(g.code());
            assertTrue(m.matches(), g.code());
            LocalDate d = g.receivedDay();
            assertEquals(String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth()), m.group(1));
            String key = g.code().substring(0, g.code().lastIndexOf('-'));
            int seq = Integer.parseInt(m.group(2));
            assertEquals(lastSeq.getOrDefault(key, 0) + 1, seq, "sequence per unit and day, in receipt order: " + g.code());
            lastSeq.put(key, seq);
        }
    }

    @Test
    void eventsAreOrderedAndEndInTheDossierStatus() {
        for (GeneratedDossier g : all) {
            List<GeneratedDossier.Event> ev = g.events();
            assertEquals("RECEIVE", ev.get(0).action());
            assertEquals(g.receivedAt(), ev.get(0).at());
            for (int i = 1; i < ev.size(); i++) {
                assertTrue(ev.get(i).at() >= ev.get(i - 1).at(), g.code());
                assertEquals(ev.get(i - 1).toStatus(), ev.get(i).fromStatus(), g.code() + " " + ev.get(i).action());
            }
            assertEquals(g.status(), ev.get(ev.size() - 1).toStatus());
        }
    }

    @Test
    void onlineShareRisesAndDominatesAfterJuly2025() {
        double h1y2024 = onlineShare(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
        double h1y2025 = onlineShare(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        double h2y2025 = onlineShare(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
        assertTrue(h1y2024 > 0.15 && h1y2024 < 0.35, "2024 H1 " + h1y2024);
        assertTrue(h1y2025 > h1y2024 + 0.05 && h1y2025 < 0.45, "2025 H1 " + h1y2025);
        assertTrue(h2y2025 > 0.5, "online dominant after 1 Jul 2025: " + h2y2025);
        // Procedures not offered online never come online
        Set<String> offline = new HashSet<>();
        CATALOG.procedures().stream().filter(p -> !p.online()).forEach(p -> offline.add(p.code()));
        assertTrue(all.stream().noneMatch(g -> g.channel().equals("ONLINE") && offline.contains(g.procedureCode())));
    }

    private static double onlineShare(LocalDate from, LocalDate to) {
        long n = 0;
        long online = 0;
        for (GeneratedDossier g : all) {
            LocalDate d = g.receivedDay();
            if (!d.isBefore(from) && !d.isAfter(to)) {
                n++;
                online += g.channel().equals("ONLINE") ? 1 : 0;
            }
        }
        return (double) online / n;
    }

    @Test
    void tetAndDaysOffHaveAlmostNoReceipts() {
        OfficeLine cal = new DossierGenerator(TWO_YEARS, CATALOG).officeLine();
        Map<Long, Integer> perDay = new HashMap<>();
        for (GeneratedDossier g : all) {
            perDay.merge(g.receivedDay().toEpochDay(), 1, Integer::sum);
        }
        long from = LocalDate.of(2024, 1, 1).toEpochDay();
        long to = LocalDate.of(2025, 12, 31).toEpochDay();
        double working = 0;
        int workingDays = 0;
        double off = 0;
        int offDays = 0;
        for (long d = from; d <= to; d++) {
            int c = perDay.getOrDefault(d, 0);
            if (cal.isWorkingDay(d)) {
                working += c;
                workingDays++;
            } else {
                off += c;
                offDays++;
            }
        }
        double perWorking = working / workingDays;
        assertTrue(off / offDays < perWorking * 0.05, "days off: " + off / offDays + " vs " + perWorking);
        // Tết 2025 (25 Jan – 2 Feb): the break is nearly empty and the two weeks after it are below normal
        long tetStart = LocalDate.of(2025, 1, 25).toEpochDay();
        long tetEnd = LocalDate.of(2025, 2, 2).toEpochDay();
        int tet = 0;
        for (long d = tetStart; d <= tetEnd; d++) {
            assertTrue(cal.isTet(d));
            tet += perDay.getOrDefault(d, 0);
        }
        assertTrue(tet < perWorking * 9 * 0.05, "Tết break " + tet);
        double after = 0;
        int afterDays = 0;
        for (long d = tetEnd + 1; afterDays < 5; d++) {
            if (cal.isWorkingDay(d)) {
                after += perDay.getOrDefault(d, 0);
                afterDays++;
            }
        }
        assertTrue(after / afterDays < perWorking * 0.8, "first week after Tết " + after / afterDays + " vs " + perWorking);
    }

    @Test
    void aFewPercentLateMostlyWithAnApologyAndRatingsMostlyHigh() {
        long processed = all.stream().filter(g -> g.processedAt() != GeneratedDossier.NONE).count();
        long late = all.stream().filter(GeneratedDossier::late).count();
        double share = (double) late / processed;
        assertTrue(share > 0.02 && share < 0.08, "late share " + share);
        long lateWithApology = all.stream().filter(g -> g.late() && g.apologyAt() != GeneratedDossier.NONE).count();
        assertTrue(lateWithApology > late / 2 && lateWithApology < late, "apologies " + lateWithApology + " of " + late);
        assertTrue(all.stream().noneMatch(g -> !g.late() && g.apologyAt() != GeneratedDossier.NONE
                && g.processedAt() != GeneratedDossier.NONE));
        // late means: processed after the due instant moved by the pauses
        long supplements = all.stream().filter(g -> g.supplements() > 0).count();
        long twice = all.stream().filter(g -> g.supplements() > 1).count();
        assertTrue(supplements > all.size() * 0.04 && supplements < all.size() * 0.15, "supplements " + supplements);
        assertTrue(twice > 0 && twice < supplements / 2);
        assertTrue(all.stream().anyMatch(g -> g.events().stream().anyMatch(e -> e.action().equals("REQUEST_PAYMENT"))));
        for (String a : List.of("WITHDRAW", "STOP", "REFUSE")) {
            long n = all.stream().filter(g -> g.events().stream().anyMatch(e -> e.action().equals(a))).count();
            assertTrue(n > 0 && n < all.size() * 0.03, a + " " + n);
        }
        long refusedAtReceipt = all.stream().filter(g -> g.status() == 3).count();
        assertTrue(refusedAtReceipt > 0 && refusedAtReceipt < all.size() * 0.02);
        List<GeneratedDossier> rated = all.stream().filter(g -> g.satisfaction() > 0).toList();
        long high = rated.stream().filter(g -> g.satisfaction() >= 4).count();
        assertTrue(rated.size() > all.size() * 0.2 && high > rated.size() * 0.8, "ratings " + high + " of " + rated.size());
        assertTrue(rated.stream().anyMatch(g -> g.feedback() != null && g.feedback().matches(".*[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự].*")));
    }

    @Test
    void volumesPerProcedureFollowALongTail() {
        Map<String, Integer> per = new HashMap<>();
        all.forEach(g -> per.merge(g.procedureCode(), 1, Integer::sum));
        List<Integer> sorted = per.values().stream().sorted((a, b) -> b - a).toList();
        int total = all.size();
        int top8 = sorted.subList(0, 8).stream().mapToInt(Integer::intValue).sum();
        assertTrue(top8 > total * 0.45, "top 10 % of procedures: " + top8);
        int bottomHalf = sorted.subList(sorted.size() / 2, sorted.size()).stream().mapToInt(Integer::intValue).sum();
        assertTrue(bottomHalf < total * 0.15, "bottom half: " + bottomHalf);
        assertTrue(sorted.get(0) > 20 * sorted.get(sorted.size() - 1));
    }

    @Test
    void receiptsInOfficeHoursUnitsOfTheirTimeAndRealisticNames() {
        OfficeLine cal = new DossierGenerator(TWO_YEARS, CATALOG).officeLine();
        Set<String> families = new HashSet<>();
        for (GeneratedDossier g : all) {
            long day = Math.floorDiv(g.receivedAt(), 1440);
            int m = (int) (g.receivedAt() - day * 1440);
            if (cal.isWorkingDay(day)) {
                assertTrue(m >= cal.opening() && m < cal.closing(), g.code());
            }
            LocalDate d = g.receivedDay();
            boolean localUnit = g.receivingUnit().startsWith("H21.D") || g.receivingUnit().matches("H21\\.1\\d\\d");
            if (localUnit) {
                assertEquals(d.isBefore(LocalDate.of(2025, 7, 1)), g.receivingUnit().startsWith("H21.D"), g.code());
            }
            families.add(g.applicantName().split(" ")[0]);
        }
        assertTrue(families.containsAll(List.of("Nguyễn", "Trần", "Lê", "Phạm")));
        long nguyen = all.stream().filter(g -> g.applicantName().startsWith("Nguyễn ")).count();
        assertTrue(nguyen > all.size() * 0.25, "Nguyễn " + nguyen);
    }

    private static long at(int y, int m, int d, int hour, int minute) {
        return LocalDate.of(y, m, d).toEpochDay() * 1440 + hour * 60 + minute;
    }

    @Test
    void aSameDayReceiptAtTheCutOffIsDueThatDayAsTheEngineSays() {
        GeneratorClock clock = new GeneratorClock(new DossierGenerator(TWO_YEARS, CATALOG).officeLine());
        StatutoryTime sameDayBy15 = GeneratorClock.parse("SAME_DAY 15:00");
        // Wednesday 12 Mar 2025: by 15:00 (itself included) due at closing that day, after it the next day's closing
        assertEquals(at(2025, 3, 12, 17, 0), clock.start(at(2025, 3, 12, 8, 0), sameDayBy15).due());
        assertEquals(at(2025, 3, 12, 17, 0), clock.start(at(2025, 3, 12, 15, 0), sameDayBy15).due());
        assertEquals(at(2025, 3, 13, 17, 0), clock.start(at(2025, 3, 12, 15, 1), sameDayBy15).due());
    }

    @Test
    void workingHoursEndingAtAPeriodsEndAreDueAtThatEndAsTheEngineSays() {
        GeneratorClock clock = new GeneratorClock(new DossierGenerator(TWO_YEARS, CATALOG).officeLine());
        // the old generator wrote 13:30 here (the next period's start); the engine says 11:30
        GeneratorClock.Started s = clock.start(at(2025, 3, 12, 7, 30), GeneratorClock.parse("4 WORKING_HOURS"));
        assertEquals(at(2025, 3, 12, 7, 30), s.clockStart());
        assertEquals(at(2025, 3, 12, 11, 30), s.due());
        // 8 hours from 10:00 Friday 14 Mar: 1 h 30 that morning, 3 h 30 that afternoon, 3 h Monday morning
        assertEquals(at(2025, 3, 17, 10, 30), clock.start(at(2025, 3, 14, 10, 0),
                GeneratorClock.parse("8 WORKING_HOURS")).due());
        // a receipt on Saturday counts from Monday's opening; 3 working days later at 07:30
        GeneratorClock.Started sat = clock.start(at(2025, 3, 15, 9, 0), GeneratorClock.parse("3 WORKING_DAYS"));
        assertEquals(at(2025, 3, 17, 7, 30), sat.clockStart());
        assertEquals(at(2025, 3, 20, 7, 30), sat.due());
    }

    @Test
    void paperReceivedAfterThreeIsTransferredTheNextWorkingDayAndLateIsTheClocks() {
        int afterCutOff = 0;
        for (GeneratedDossier g : all) {
            int minute = (int) Math.floorMod(g.receivedAt(), 1440);
            if (g.channel().equals("ONLINE") || minute < 15 * 60 || g.events().size() < 2) {
                continue;
            }
            afterCutOff++;
            GeneratedDossier.Event transfer = g.events().get(1);
            assertEquals("COMPLETE_STEP", transfer.action(), g.code());
            assertTrue(Math.floorDiv(transfer.at(), 1440) > Math.floorDiv(g.receivedAt(), 1440), g.code());
            assertTrue(Math.floorMod(transfer.at(), 1440) >= 7 * 60 + 30, g.code());
        }
        assertTrue(afterCutOff > 500, "paper dossiers received after 15:00: " + afterCutOff);
        for (GeneratedDossier g : all) {
            if (g.processedAt() != GeneratedDossier.NONE) {
                assertEquals(g.processedAt() > g.dueAt, g.late(), g.code());
            }
        }
    }

    @Test
    void asOfLeavesRecentDossiersOpen() {
        DossierGenerator.Settings s = Provinces.settings("gia-lai", 3, 2_000, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 10, 31));
        List<GeneratedDossier> list = new ArrayList<>();
        new DossierGenerator(s, CATALOG).generate(list::add);
        long asOf = s.asOf();
        assertTrue(list.stream().anyMatch(g -> g.status() == 4 || g.status() == 5 || g.status() == 9));
        for (GeneratedDossier g : list) {
            assertTrue(g.events().stream().allMatch(e -> e.at() <= asOf));
            if (g.status() != 10) {
                assertEquals(GeneratedDossier.NONE, g.returnedAt());
                assertEquals(0, g.satisfaction());
            }
        }
        assertNotEquals(0, list.stream().filter(g -> g.status() == 10).count());
    }

    @Test
    void csvHasAHeaderAndOneRecordPerDossier() {
        DossierGenerator.Settings s = Provinces.settings("gia-lai", 7, 200, LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 31));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GenerateDossiers.write(new DossierGenerator(s, CATALOG), true, out, null);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(String.join(",", GeneratedDossier.CSV_COLUMNS) + "\r\n"));
        assertEquals(201, csv.split("\r\n").length);
    }
}
