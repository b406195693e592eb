package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dossier's steps add to the step facts per official (decision 0009, docs/deadlines.md "Steps per official"),
 * already bucketed, as stored beside the steps text in {@code province.dossier.step_facts} (migration V13) by both
 * write paths ({@link Dossier} and the import), and only summed by the database's triggers and rebuild.
 * <p>
 * One line per day, step unit and official: {@code day|unit|official|received|early|onTime|late|overdue}, days in
 * the business zone (Asia/Ho_Chi_Minh), unit and official cleaned of the separators as in {@link StepText} ('' =
 * nobody). A step counted is a processing step (PROCESS, TRANSFER, CONSULT) that has started; its official is who
 * finished it (the assignee when nobody is recorded), the assignee while it is open. It counts
 * <ul>
 *   <li>received +1 on the day it started (its clock's start: for a dossier received after office hours, the next
 *       working morning), or on the day it finished if that is earlier (worked on the evening it was handed over);</li>
 *   <li>on the day it finished: early if that day is before the day of its due instant, late if it finished after
 *       the instant, otherwise on time (also a step without a due instant);</li>
 *   <li>overdue +1 on the day of its due instant if it finished after it, or is still open and the dossier is not
 *       paused for the applicant since before it (the due instant moves when the dossier resumes), and −1 on the day
 *       it finished.</li>
 * </ul>
 */
public final class StepFacts {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private StepFacts() { }

    /** The lines of {@code steps} of a dossier paused since {@code pausedAt} (null: not paused); "" for none. */
    public static String write(List<Step> steps, OffsetDateTime pausedAt) {
        Map<String, int[]> lines = new LinkedHashMap<>();
        for (Step s : steps) {
            if (!counted(s.kind()) || s.startedAt() == null) {
                continue;
            }
            String unit = StepText.clean(s.unitCode());
            String assignee = StepText.clean(s.assignee());
            String finishedBy = StepText.clean(s.finishedBy());
            OffsetDateTime due = s.dueAt();
            OffsetDateTime finished = s.finishedAt();
            String official = finished == null || finishedBy.isEmpty() ? assignee : finishedBy;
            boolean wasOverdue = due != null
                    && (finished != null ? finished.isAfter(due) : pausedAt == null || !pausedAt.isBefore(due));
            LocalDate startedDay = day(s.startedAt());
            LocalDate finishedDay = finished == null ? null : day(finished);
            // finished before its clock started (handed over after hours and done the same evening): received that
            // day too, so no official's period counts a step finished that it never received
            add(lines, finishedDay != null && finishedDay.isBefore(startedDay) ? finishedDay : startedDay, unit,
                    official, 0);
            if (finished != null) {
                boolean late = due != null && finished.isAfter(due);
                boolean early = due != null && finishedDay.isBefore(day(due));
                int[] c = add(lines, finishedDay, unit, official, late ? 3 : early ? 1 : 2);
                if (wasOverdue) {
                    c[4]--;
                }
            }
            if (wasOverdue) {
                add(lines, day(due), unit, official, -1)[4]++;
            }
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, int[]> e : lines.entrySet()) {
            int[] c = e.getValue();
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(e.getKey());
            for (int n : c) {
                b.append('|').append(n);
            }
        }
        return b.toString();
    }

    private static boolean counted(StepKind kind) {
        return kind == StepKind.PROCESS || kind == StepKind.TRANSFER || kind == StepKind.CONSULT;
    }

    /** The counters of the line (received, early, onTime, late, overdue), +1 at {@code index} (none when < 0). */
    private static int[] add(Map<String, int[]> lines, LocalDate day, String unit, String official, int index) {
        int[] c = lines.computeIfAbsent(day + "|" + unit + "|" + official, k -> new int[5]);
        if (index >= 0) {
            c[index]++;
        }
        return c;
    }

    private static LocalDate day(OffsetDateTime t) {
        return t.atZoneSameInstant(ZONE).toLocalDate();
    }
}
