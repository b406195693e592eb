package vn.motcua.dossierimport.interfaces.rest;

import vn.motcua.dossierimport.application.DossierImportService;

/** Shapes of the dossier import operation. Plain classes with public fields (Yasson cannot bind records). */
public final class DossierImportDtos {

    private DossierImportDtos() { }

    /**
     * What one batch did. {@code outcome}: CREATED (written now) or UNCHANGED (the same batch key and content were
     * imported before: nothing written, the counts are the first import's). {@code dossiers}/{@code events}: in the
     * batch; {@code created}/{@code unchanged}: dossiers written now / already there from this batch;
     * {@code disagreements}: dossiers whose source appointment differs from the due instant our engine computed;
     * {@code late}: imported dossiers processed after our due instant (not known for UNCHANGED: null).
     */
    public static class DossierImportResultDto {
        public String batch;
        public String source;
        public String contentHash;
        public String outcome;
        public int dossiers;
        public int events;
        public int created;
        public int unchanged;
        public int disagreements;
        public Integer late;
        public long millis;

        public static DossierImportResultDto of(DossierImportService.Result r) {
            DossierImportResultDto d = new DossierImportResultDto();
            d.batch = r.batch();
            d.source = r.source();
            d.contentHash = r.contentHash();
            d.outcome = r.alreadyImported() ? "UNCHANGED" : r.dryRun() ? "CHECKED" : "CREATED";
            d.dossiers = r.dossiers();
            d.events = r.events();
            d.created = r.created();
            d.unchanged = r.unchanged();
            d.disagreements = r.disagreements();
            d.late = r.late() < 0 ? null : r.late();
            d.millis = r.millis();
            return d;
        }
    }
}
