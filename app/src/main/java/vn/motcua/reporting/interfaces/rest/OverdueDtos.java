package vn.motcua.reporting.interfaces.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.domain.OverdueWithoutApology;

/** The answer of overdueWithoutApology (classes with public fields: records were written as "{}"). */
public final class OverdueDtos {

    private OverdueDtos() { }

    @Schema(description = "Open dossiers with no apology letter that are overdue now or were asked for a supplement a "
            + "second time (which counts as overdue for the index); total counts them all, items is the page asked for")
    public static class PageDto {
        public long total;
        public int first;
        public int size;
        public List<LineDto> items;

        static PageDto of(OverdueWithoutApology.Page p, int first, int size) {
            PageDto d = new PageDto();
            d.total = p.total();
            d.first = first;
            d.size = size;
            d.items = p.items().stream().map(LineDto::of).toList();
            return d;
        }
    }

    @Schema(description = "One dossier: the official who holds it now (assignee username and display name, absent "
            + "when nobody holds it), since when it is overdue (overdueFrom, absent while within time), its supplement "
            + "requests and why it is listed (reasons: OVERDUE, SECOND_SUPPLEMENT)")
    public static class LineDto {
        public String code;
        public String procedureCode;
        public String procedureName;
        public String unitCode;
        public String unitName;
        public String assignee;
        public String assigneeName;
        public OffsetDateTime overdueFrom;
        public int supplementCount;
        public List<String> reasons;

        static LineDto of(OverdueWithoutApology.Line l) {
            LineDto d = new LineDto();
            d.code = l.code();
            d.procedureCode = l.procedureCode();
            d.procedureName = l.procedureName();
            d.unitCode = l.unitCode();
            d.unitName = l.unitName();
            d.assignee = l.assignee();
            d.assigneeName = l.assigneeName();
            d.overdueFrom = l.overdueFrom();
            d.supplementCount = l.supplementCount();
            d.reasons = l.reasons().stream().map(Enum::name).toList();
            return d;
        }
    }
}
