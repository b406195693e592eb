package vn.motcua.dossier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import vn.motcua.deadline.domain.Explanation;
import vn.motcua.shared.Messages;

/**
 * What a dossier's due instant is made of, in words: the deadline engine's explanation of the appointment, then
 * the office time its clock stood still for the applicant. One text for the REST answer and the dossier page.
 */
public final class DeadlineText {

    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;
    /** The sentences, in Vietnamese and English ({@code DeadlineTexts*.properties} beside this class). */
    static final String BUNDLE = "vn.motcua.dossier.domain.DeadlineTexts";

    private DeadlineText() { }

    /** Vietnamese unless {@code locale} is English. */
    public static String explain(Explanation explanation, long pausedNanos, Locale locale) {
        Locale language = Messages.pick(locale);
        String text = explanation.render(locale);
        if (pausedNanos <= 0) {
            return text;
        }
        // A clock stopped for a few minutes rounds to "0": say "less than 0.1" rather than "moved by 0 hours"
        String h = pausedNanos < NANOS_PER_HOUR / 20 ? text(language, "deadline.paused.lessThanATenth")
                : hours(pausedNanos, locale);
        return text + "\n" + text(language, "deadline.paused", h);
    }

    /** Office nanoseconds as hours with at most one decimal, in the language's number format ("12,5" / "12.5"). */
    public static String hours(long nanos, Locale locale) {
        BigDecimal h = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(NANOS_PER_HOUR), 1, RoundingMode.HALF_UP);
        NumberFormat f = NumberFormat.getNumberInstance(Messages.pick(locale));
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        return f.format(h);
    }

    private static String text(Locale language, String key, Object... args) {
        return Messages.format(BUNDLE, DeadlineText.class.getClassLoader(), language, key, args);
    }
}
