package vn.motcua.ui.view;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.reporting.application.OverdueWithoutApologyService;
import vn.motcua.reporting.domain.OverdueWithoutApology;
import vn.motcua.shared.tabular.TabularFormat;
import vn.motcua.shared.tabular.TabularWriter;

/**
 * The leader's overdue-without-apology list as an XLSX workbook: the whole list as of now (the dashboard's table shows
 * its first rows), read a page at a time through the service and written by the project's {@link TabularWriter},
 * one dossier per row, headers in the reader's language.
 */
final class OverdueListExport {

    /** The most rows a workbook holds; beyond that the REST operation pages through the list. */
    static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private OverdueListExport() { }

    static StreamedContent workbook(OverdueWithoutApologyService service, UiText text, Locale locale,
                                    Function<OverdueWithoutApology.Line, String> reasons) {
        OffsetDateTime now = OffsetDateTime.now();
        return workbook(service, text, locale, reasons, now, now);
    }

    /** The list as it will be at {@code until} (also the dossiers due before then), as {@link OverdueWithoutApologyService}. */
    static StreamedContent workbook(OverdueWithoutApologyService service, UiText text, Locale locale,
                                    Function<OverdueWithoutApology.Line, String> reasons, OffsetDateTime now,
                                    OffsetDateTime until) {
        List<List<String>> rows = new ArrayList<>();
        long total = Long.MAX_VALUE;
        while (rows.size() < Math.min(total, MAX_ROWS)) {
            OverdueWithoutApology.Page page = service.page(now, until, rows.size(),
                    Math.min(OverdueWithoutApologyService.MAX_SIZE, MAX_ROWS - rows.size()));
            total = page.total();
            if (page.items().isEmpty()) {
                break;
            }
            for (OverdueWithoutApology.Line l : page.items()) {
                rows.add(List.of(l.code(), l.procedureCode(), nz(l.procedureName()),
                        l.unitName() == null || l.unitName().isBlank() ? nz(l.unitCode()) : l.unitName(),
                        l.assigneeName() == null || l.assigneeName().isBlank()
                                ? text.get(locale, "dashboard.owa.unassigned") : l.assigneeName(),
                        l.overdueFrom() == null ? "" : DATE_TIME.format(Formats.inVietnam(l.overdueFrom())),
                        reasons.apply(l), Integer.toString(l.supplementCount())));
            }
        }
        List<String> header = List.of("code", "procedure", "procedureName", "unit", "official", "overdueFrom", "why",
                "supplements").stream().map(k -> text.get(locale, "dashboard.owa.export." + k)).toList();
        byte[] bytes = TabularWriter.xlsx(text.get(locale, "dashboard.owa.export.sheet"), header, rows);
        return DefaultStreamedContent.builder().name(text.get(locale, "dashboard.owa.file") + ".xlsx")
                .contentType(TabularFormat.XLSX.mediaType()).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /**
     * Why a dossier is listed, in the reader's language ("Quá hạn; Yêu cầu bổ sung lần thứ hai"); "Sắp quá hạn" for
     * one on the list only because it becomes overdue before the instant the list was read for.
     */
    static String reasons(UiText text, Locale locale, OverdueWithoutApology.Line line) {
        if (line.reasons().isEmpty()) {
            return text.get(locale, "dashboard.owa.reason.DUE_SOON");
        }
        return String.join("; ", line.reasons().stream()
                .map(r -> text.get(locale, "dashboard.owa.reason." + r.name())).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
