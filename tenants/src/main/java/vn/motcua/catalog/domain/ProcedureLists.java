package vn.motcua.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one text form of a procedure's lists, used in import/export cells and in the database: one item per line,
 * parts separated by {@code |}.
 * <ul>
 * <li>fees: {@code Lệ phí đăng ký|8000|Miễn cho hộ nghèo}</li>
 * <li>documents: {@code Tờ khai đăng ký khai sinh|1|ORIGINAL|} ({@code ORIGINAL} bản chính or {@code COPY} bản sao)</li>
 * <li>steps: {@code Tiếp nhận hồ sơ|10%|unit-code|CLERK} or with a fixed time {@code Thẩm định|4h|unit-code|OFFICER}</li>
 * </ul>
 * Parsing throws IllegalArgumentException with the 1-based item number and what is wrong.
 */
public final class ProcedureLists {

    private ProcedureLists() { }

    public static String fees(List<Fee> fees) {
        return String.join("\n", fees.stream().map(f -> clean(f.name()) + "|" + f.amountVnd() + "|" + clean(f.note())).toList());
    }

    public static String documents(List<RequiredDocument> docs) {
        return String.join("\n", docs.stream().map(d -> clean(d.name()) + "|" + d.copies() + "|"
                + (d.original() ? "ORIGINAL" : "COPY") + "|" + clean(d.note())).toList());
    }

    public static String steps(List<ProcessStep> steps) {
        return String.join("\n", steps.stream().map(s -> clean(s.name()) + "|"
                + (s.sharePercent() > 0 ? s.sharePercent() + "%" : s.hours() + "h") + "|" + clean(s.unitRef())
                + "|" + clean(s.role())).toList());
    }

    public static List<Fee> parseFees(String text) {
        List<Fee> out = new ArrayList<>();
        List<String[]> items = items(text);
        for (int i = 0; i < items.size(); i++) {
            String[] p = items.get(i);
            try {
                String amount = part(p, 1).replace(".", "").replace(",", "").replace(" ", "");
                out.add(new Fee(need(part(p, 0)), amount.isEmpty() ? 0 : Long.parseLong(amount), part(p, 2)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("item " + (i + 1) + ": expected name|amount|note");
            }
        }
        return out;
    }

    public static List<RequiredDocument> parseDocuments(String text) {
        List<RequiredDocument> out = new ArrayList<>();
        List<String[]> items = items(text);
        for (int i = 0; i < items.size(); i++) {
            String[] p = items.get(i);
            try {
                String copies = part(p, 1);
                String kind = part(p, 2).toUpperCase(Locale.ROOT);
                if (!kind.isEmpty() && !kind.equals("ORIGINAL") && !kind.equals("COPY")) {
                    throw new IllegalArgumentException();
                }
                out.add(new RequiredDocument(need(part(p, 0)), copies.isEmpty() ? 1 : Integer.parseInt(copies),
                        kind.equals("ORIGINAL"), part(p, 3)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("item " + (i + 1) + ": expected name|copies|ORIGINAL or COPY|note");
            }
        }
        return out;
    }

    public static List<ProcessStep> parseSteps(String text) {
        List<ProcessStep> out = new ArrayList<>();
        List<String[]> items = items(text);
        for (int i = 0; i < items.size(); i++) {
            String[] p = items.get(i);
            try {
                String d = part(p, 1).toLowerCase(Locale.ROOT).replace(" ", "");
                int share = 0;
                int hours = 0;
                if (d.endsWith("%")) {
                    share = Integer.parseInt(d.substring(0, d.length() - 1));
                } else if (d.endsWith("h")) {
                    hours = Integer.parseInt(d.substring(0, d.length() - 1));
                } else {
                    throw new IllegalArgumentException();
                }
                out.add(new ProcessStep(need(part(p, 0)), share, hours, part(p, 2), part(p, 3)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("item " + (i + 1) + ": expected name|share% or hours h|unit|role");
            }
        }
        return out;
    }

    private static List<String[]> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\|", -1)).toList();
    }

    private static String part(String[] p, int i) {
        return i < p.length ? p[i].strip() : "";
    }

    private static String need(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException();
        }
        return s;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('|', '/').replace('\n', ' ').replace('\r', ' ').strip();
    }
}
