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
}
