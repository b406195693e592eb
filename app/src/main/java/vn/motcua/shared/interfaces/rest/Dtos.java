package vn.motcua.shared.interfaces.rest;

/**
 * Data shapes of the REST API shared by several areas; entities never leave the application layer.
 * Plain classes with public fields rather than records: the JSON-B implementation bundled with Payara 6 (Yasson)
 * neither reads nor writes records.
 */
public final class Dtos {

    private Dtos() { }

    /** What an all-or-nothing import did (units, procedures): rows created, changed, and left as they were. */
    public static class ImportResultDto {
        public int created;
        public int updated;
        public int unchanged;

        public static ImportResultDto of(int created, int updated, int unchanged) {
            ImportResultDto d = new ImportResultDto();
            d.created = created;
            d.updated = updated;
            d.unchanged = unchanged;
            return d;
        }
    }
}
