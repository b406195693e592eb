package vn.motcua.dossierimport.domain;

import java.time.OffsetDateTime;

/**
 * A batch the province imported, as {@code province.dossier_import_batch} keeps it: its key, the system it came from,
 * who sent it and when, and its counts ({@code disagreements}: dossiers whose source appointment differs from ours).
 */
public record ImportedBatch(String key, String source, String importedBy, OffsetDateTime importedAt, int dossiers,
                            int events, int disagreements) {

    /** The source the demo loader sends as ({@code vn.motcua.infra.generator.DemoDossierLoader}). */
    public static final String DEMO_SOURCE = "motcua-generator";

    /** A batch of the background demo load: keys {@code demo-<province>-…}, sent as the generator. */
    public boolean demo() {
        return DEMO_SOURCE.equals(source) && key.startsWith("demo-");
    }
}
