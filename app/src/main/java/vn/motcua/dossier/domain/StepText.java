package vn.motcua.dossier.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of a dossier's steps in the database: one step per line, fields separated by {@code |}
 * (name|kind|role|unit|assignee|budgetNanos|startedAt|dueAt|finishedAt|pausedNanos|finishedBy|sharePercent), empty for
 * null. Lines written before sharePercent existed have 11 fields; in those a planned step's share was kept as a
 * negative pausedNanos, which is read back as its share.
 * Free text is cleaned of the two separators on the way in.
 */
public final class StepText {

    private StepText() { }

    public static String write(List<Step> steps) {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(clean(s.name())).append('|').append(s.kind()).append('|').append(clean(s.role())).append('|')
                    .append(clean(s.unitCode())).append('|').append(clean(s.assignee())).append('|')
                    .append(s.budgetNanos()).append('|').append(instant(s.startedAt())).append('|')
                    .append(instant(s.dueAt())).append('|').append(instant(s.finishedAt())).append('|')
                    .append(s.pausedNanos()).append('|').append(clean(s.finishedBy())).append('|').append(s.sharePercent());
        }
        return b.toString();
    }

    public static List<Step> read(String text) {
        List<Step> steps = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return steps;
        }
        for (String line : text.split("\n")) {
            String[] p = line.split("\\|", -1);
            if (p.length != 11 && p.length != 12) {
                throw new IllegalArgumentException("malformed step: " + line);
            }
            long paused = Long.parseLong(p[9]);
            int share = p.length == 12 ? Integer.parseInt(p[11]) : paused < 0 ? (int) -paused : 0;
            steps.add(new Step(p[0], StepKind.valueOf(p[1]), p[2], p[3], blankToNull(p[4]), Long.parseLong(p[5]),
                    parse(p[6]), parse(p[7]), parse(p[8]), Math.max(0, paused), blankToNull(p[10]), share));
        }
        return steps;
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('|', '/').replace('\n', ' ').replace('\r', ' ');
    }

    private static String instant(OffsetDateTime t) {
        return t == null ? "" : t.toString();
    }

    private static OffsetDateTime parse(String s) {
        return s.isEmpty() ? null : OffsetDateTime.parse(s);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
