package vn.motcua.forms.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats of the forms: dd/MM/yyyy, HH:mm in Asia/Ho_Chi_Minh, money as "1.234.000 đồng", NFC text. */
public final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Texts() {
    }

    public static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** NFC (a decomposed "ễ" becomes one code point, the one the font maps) and stripped; null → "". */
    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    public static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    public static String upper(String s) {
        return nfc(s).toUpperCase(Locale.ROOT);
    }

    /** "01/07/2025" (date in the business zone). */
    public static String date(OffsetDateTime t) {
        return t == null ? "" : DATE.format(t.atZoneSameInstant(FormSet.BUSINESS_ZONE));
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** "08:30 ngày 01/07/2025". */
    public static String dateTime(OffsetDateTime t) {
        if (t == null) {
            return "";
        }
        var z = t.atZoneSameInstant(FormSet.BUSINESS_ZONE);
        return TIME.format(z) + " ngày " + DATE.format(z);
    }

    /** "01/07/2025 08:30" for table cells (two lines). */
    public static String cell(OffsetDateTime t) {
        if (t == null) {
            return "";
        }
        var z = t.atZoneSameInstant(FormSet.BUSINESS_ZONE);
        return DATE.format(z) + "\n" + TIME.format(z);
    }

    /**
     * The place-and-date line of official documents, "Pleiku, ngày 01 tháng 7 năm 2025": a leading zero for days
     * below 10 and for months 1 and 2 only (Decree 30/2020/NĐ-CP, Appendix I).
     */
    public static String placeDate(String place, LocalDate d) {
        int m = d.getMonthValue();
        return nfc(place) + ", ngày " + String.format("%02d", d.getDayOfMonth()) + " tháng "
                + (m <= 2 ? "0" + m : Integer.toString(m)) + " năm " + d.getYear();
    }

    public static String placeDate(String place, OffsetDateTime t) {
        return placeDate(place, t.atZoneSameInstant(FormSet.BUSINESS_ZONE).toLocalDate());
    }

    /** "1.234.000 đồng". */
    public static String money(long vnd) {
        return grouped(vnd) + " đồng";
    }

    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }

    /** "01", "02": counts on forms are written with two digits. */
    public static String two(int n) {
        return String.format("%02d", n);
    }
}
