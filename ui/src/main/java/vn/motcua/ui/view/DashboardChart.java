package vn.motcua.ui.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import vn.motcua.reporting.domain.TimelinessRow;

/**
 * The Chart.js configuration of the dashboard's trend (rendered by PrimeFaces' p:chart, which ships Chart.js): plain
 * JSON, no functions, so nothing has to be evaluated under the page's Content-Security-Policy.
 */
final class DashboardChart {

    private DashboardChart() { }

    /** A line of the on-time rate per month (a month without finished dossiers: a gap). */
    static String onTimeTrend(List<TimelinessRow> months, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (TimelinessRow r : months) {
            YearMonth m = YearMonth.parse(r.key());
            labels.add(String.format(Locale.ROOT, "%02d/%d", m.getMonthValue(), m.getYear()));
            BigDecimal rate = r.counts().onTimeRate();
            if (rate == null) {
                values.addNull();
            } else {
                values.add(rate);
            }
        }
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", en ? "On-time rate (%)" : "Tỷ lệ đúng hạn (%)")
                                .add("data", values)
                                .add("borderColor", "#1f6feb")
                                .add("backgroundColor", "rgba(31, 111, 235, 0.15)")
                                .add("fill", true)
                                .add("spanGaps", false)
                                .add("tension", 0.2))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }

    /** A doughnut of the official's steps finished on time (early included) and late. */
    static String stepsDoughnut(long onTime, long late, Locale locale) {
        boolean en = en(locale);
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(en ? "On time" : "Đúng hạn")
                                .add(en ? "Late" : "Quá hạn"))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", Json.createArrayBuilder().add(onTime).add(late))
                                .add("backgroundColor", Json.createArrayBuilder().add("#1a7f37").add("#cf222e")))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }

    /** Bars of the dossiers received today and this week, per channel. */
    static String channelBars(vn.motcua.reporting.application.RoleDashboards.Channels today,
                              vn.motcua.reporting.application.RoleDashboards.Channels week, Locale locale) {
        boolean en = en(locale);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(en ? "Online" : "Trực tuyến")
                                .add(en ? "In person" : "Trực tiếp").add(en ? "By post" : "Bưu chính"))
                        .add("datasets", Json.createArrayBuilder()
                                .add(bars(en ? "Today" : "Hôm nay", "#1f6feb", today))
                                .add(bars(en ? "This week" : "Tuần này", "#8250df", week))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder bars(String label, String color,
                                                       vn.motcua.reporting.application.RoleDashboards.Channels c) {
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", color)
                .add("data", Json.createArrayBuilder().add(c.online()).add(c.inPerson()).add(c.postal()));
    }

    /** Horizontal bars of the units' on-time rates, best first (a unit that finished nothing: no bar). */
    static String unitBars(List<DashboardView.UnitLine> units, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (DashboardView.UnitLine u : units) {
            labels.add(u.name());
            if (u.figures().rate() == null) {
                values.addNull();
            } else {
                values.add(u.figures().rate());
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", en(locale) ? "On-time rate (%)" : "Tỷ lệ đúng hạn (%)")
                                .add("backgroundColor", "#1f6feb").add("data", values))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }

    private static boolean en(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
