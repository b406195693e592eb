package vn.motcua.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case without Vietnamese diacritics, so that "ho tich" finds "Hộ tịch" and "đăng ký" finds "dang ky". */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() { }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
