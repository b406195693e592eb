package vn.motcua.dossier.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.application.DossierSearch;
import vn.motcua.dossier.interfaces.rest.DossierDtos.DossierSummaryDto;

/** The answer of the province-wide dossier list (listDossiers). */
public final class DossierSearchDtos {

    private DossierSearchDtos() { }

    /** One page of the dossiers matching the filters, with how many match. */
    public static class DossierPageDto {
        @Schema(description = "how many dossiers match, counted up to 10000; with totalCapped, more than that")
        public long total;
        @Schema(description = "true when more dossiers match than total says (the count stops at 10000)")
        public boolean totalCapped;
        public int first;
        public int size;
        public List<DossierSummaryDto> items;

        static DossierPageDto of(DossierSearch.Page page, int first, int size) {
            DossierPageDto d = new DossierPageDto();
            d.total = page.count().total();
            d.totalCapped = page.count().more();
            d.first = first;
            d.size = size;
            d.items = page.items().stream().map(DossierSummaryDto::of).toList();
            return d;
        }
    }
}
