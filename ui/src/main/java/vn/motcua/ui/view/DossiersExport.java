package vn.motcua.ui.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.dossier.domain.DossierLine;
import vn.motcua.shared.tabular.TabularFormat;
import vn.motcua.shared.tabular.TabularWriter;

/**
 * The dossier list's Excel file: one row per matching dossier in the list's order, with the header in the session's
 * language (the project's one XLSX writer, {@link TabularWriter}).
 */
@ApplicationScoped
public class DossiersExport {

    static final List<String> COLUMNS = List.of("code", "received", "applicant", "idNumber", "procedureCode",
            "procedure", "channel", "status", "receivingUnit", "competentUnit", "due", "ended", "lateness");

    @Inject
    LocaleView localeView;
    @Inject
    UiText text;
    @Inject
    Formats fmt;

    public StreamedContent xlsx(List<DossierLine> lines, OffsetDateTime now) {
        Locale locale = localeView.getLocale();
        String lang = localeView.isEnglish() ? "en" : "vi";
        List<String> header = COLUMNS.stream().map(c -> text.get(locale, "dossiers.xlsx." + c)).toList();
        List<List<String>> rows = new ArrayList<>(lines.size());
        for (DossierLine l : lines) {
            rows.add(List.of(l.code(), fmt.dateTime(l.receivedAt() != null ? l.receivedAt() : l.submittedAt()),
                    l.applicantName(), nz(l.applicantIdNumber()), l.procedureCode(), l.procedureName(),
                    l.channel().label(lang), l.status().label(lang), l.receivingUnitCode(), l.competentUnitCode(),
                    fmt.dateTime(l.dueAt()), fmt.dateTime(l.endedAt()), lateness(l, now, locale)));
        }
        byte[] bytes = TabularWriter.xlsx(text.get(locale, "dossiers.xlsx.sheet"), header, rows);
        return DefaultStreamedContent.builder().name("ho-so.xlsx").contentType(TabularFormat.XLSX.mediaType())
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private String lateness(DossierLine l, OffsetDateTime now, Locale locale) {
        if (l.overdueAt(now)) {
            return text.get(locale, "dossiers.lateness.OVERDUE");
        }
        if (l.timeliness() == null) {
            return "";
        }
        return text.get(locale, "dossiers.timeliness." + l.timeliness());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
