package vn.motcua.ui.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import vn.motcua.identity.domain.Role;

/**
 * {@code #{fmt}}: dates as Vietnamese offices write them (dd/MM/yyyy, 24-hour clock), always in Vietnam's time
 * zone whatever the server's, and role names in the session's language.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    LocaleView localeView;

    @Inject
    UiText text;

    public String date(Object value) {
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        ZonedDateTime z = inVietnam(value);
        return z == null ? "" : DATE.format(z);
    }

    public String dateTime(Object value) {
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        ZonedDateTime z = inVietnam(value);
        return z == null ? "" : DATE_TIME.format(z);
    }

    static ZonedDateTime inVietnam(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(VIETNAM);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(VIETNAM);
        }
        if (value instanceof Instant i) {
            return i.atZone(VIETNAM);
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(VIETNAM);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(VIETNAM);
        }
        return null;
    }

    /** A percentage as the reader writes it: {@code 95,00 %} in Vietnamese, {@code 95.00 %} in English; "—" for none. */
    public String percent(Object value) {
        if (!(value instanceof Number n)) {
            return "—";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00", symbols());
        return f.format(n) + " %";
    }

    /** A number with two decimals as the reader writes it: {@code 2,45} in Vietnamese, {@code 2.45} in English; "—" for none. */
    public String decimal(Object value) {
        if (!(value instanceof Number n)) {
            return "—";
        }
        return new java.text.DecimalFormat("#,##0.00", symbols()).format(n);
    }

    /** A count with its thousands grouped: {@code 1.234} in Vietnamese, {@code 1,234} in English. */
    public String count(Object value) {
        if (!(value instanceof Number n)) {
            return "";
        }
        return new java.text.DecimalFormat("#,##0", symbols()).format(n);
    }

    /** A whole percentage (a share, a bar's label): {@code 45 %}; "—" for none. */
    public String wholePercent(Object value) {
        if (!(value instanceof Number n)) {
            return "—";
        }
        return new java.text.DecimalFormat("#,##0", symbols()).format(n) + " %";
    }

    /** An amount of money in đồng, grouped as the reader groups: {@code 1.250.000 ₫}, {@code 1,250,000 ₫}. */
    public String money(Object value) {
        if (!(value instanceof Number n)) {
            return "";
        }
        return count(n) + " ₫";
    }

    private java.text.DecimalFormatSymbols symbols() {
        Locale l = localeView.getLocale();
        return java.text.DecimalFormatSymbols.getInstance(l != null && "en".equals(l.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi-VN"));
    }

    /** Today's date in Vietnam. */
    public LocalDate getToday() {
        return LocalDate.now(VIETNAM);
    }

    /** A UI text with one argument, e.g. {@code #{fmt.message('tokens.revoke.confirm', t.name)}}. */
    public String message(String key, Object argument) {
        return text.get(localeView.getLocale(), key, shown(argument));
    }

    /** A message with several arguments (EL calls methods by their exact arity). */
    public String message(String key, Object a, Object b, Object c) {
        return text.get(localeView.getLocale(), key, shown(a), shown(b), shown(c));
    }

    public String message(String key, Object a, Object b, Object c, Object d) {
        return text.get(localeView.getLocale(), key, shown(a), shown(b), shown(c), shown(d));
    }

    private Object shown(Object argument) {
        return argument instanceof LocalDate || argument instanceof OffsetDateTime ? dateTime(argument) : argument;
    }

    public String role(Object role) {
        if (role == null) {
            return "";
        }
        String name = role instanceof Role r ? r.name() : role.toString();
        return text.get(localeView.getLocale(), "role." + name);
    }

    /** Role names in the order of {@link Role} (most powerful first), comma separated. */
    public String roles(Collection<?> roles) {
        if (roles == null || roles.isEmpty()) {
            return "";
        }
        return roles.stream()
                .map(r -> r instanceof Role role ? role : Role.valueOf(r.toString()))
                .sorted()
                .map(this::role)
                .collect(Collectors.joining(", "));
    }
}
