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
 * JSON, no functions, so nothing has to be evaluated under the page's Content-Security-Policy. Its words come from the
 * UI bundle in the reader's locale (the clerk's bars share the table's words, dash.clerk.*).
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
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", UiText.of(locale, "dashboard.chart.onTimeRate"))
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
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder()
                                .add(UiText.of(locale, "dash.officer.chart.onTime"))
                                .add(UiText.of(locale, "dash.officer.chart.late")))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", Json.createArrayBuilder().add(onTime).add(late))
                                .add("backgroundColor", Json.createArrayBuilder().add("#1a7f37").add("#cf222e")))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }

    /** Bars of the dossiers received today and this week, per channel. */
    static String channelBars(vn.motcua.reporting.application.RoleDashboards.Channels today,
                              vn.motcua.reporting.application.RoleDashboards.Channels week, Locale locale) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder()
                                .add(UiText.of(locale, "dash.clerk.ONLINE"))
                                .add(UiText.of(locale, "dash.clerk.IN_PERSON"))
                                .add(UiText.of(locale, "dash.clerk.POSTAL")))
                        .add("datasets", Json.createArrayBuilder()
                                .add(bars(UiText.of(locale, "dash.clerk.today"), "#1f6feb", today))
                                .add(bars(UiText.of(locale, "dash.clerk.week"), "#8250df", week))))
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
                                .add("label", UiText.of(locale, "dashboard.chart.onTimeRate"))
                                .add("backgroundColor", "#1f6feb").add("data", values))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }
}
