package vn.motcua.dossierimport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.deadline.domain.StatutoryTime;

/**
 * The province's procedure catalog as the importer needs it: for each code, its versions with their validity and
 * statutory times, loaded once per batch.
 */
public final class ImportCatalog {

    /**
     * One version: a dossier keeps the version in force on its day of receipt. {@code process}: the version's internal
     * steps, to which an imported dossier's {@code COMPLETE_STEP} events are mapped in order ({@link ImportedSteps}).
     */
    public record Entry(long versionId, String code, String name, LocalDate validFrom, LocalDate validTo,
                        StatutoryTime time, StatutoryTime onlineTime, List<ProcessStep> process) {

        public Entry {
            process = process == null ? List.of() : List.copyOf(process);
        }

        /** A version without internal steps of its own (one processing step is planned for it). */
        public Entry(long versionId, String code, String name, LocalDate validFrom, LocalDate validTo,
                     StatutoryTime time, StatutoryTime onlineTime) {
            this(versionId, code, name, validFrom, validTo, time, onlineTime, List.of());
        }

        public boolean validOn(LocalDate d) {
            return !d.isBefore(validFrom) && (validTo == null || d.isBefore(validTo));
        }

        /** The time that applies: the online time for online dossiers when the version has one. */
        public StatutoryTime timeFor(boolean online) {
            return online && onlineTime != null ? onlineTime : time;
        }
    }

    private final Map<String, List<Entry>> byCode = new HashMap<>();

    public ImportCatalog(List<Entry> entries) {
        for (Entry e : entries) {
            byCode.computeIfAbsent(e.code(), c -> new ArrayList<>()).add(e);
        }
    }

    public boolean knows(String code) {
        return byCode.containsKey(code);
    }

    /** The version in force on {@code day}, or null. */
    public Entry inForce(String code, LocalDate day) {
        List<Entry> versions = byCode.get(code);
        if (versions == null) {
            return null;
        }
        for (Entry e : versions) {
            if (e.validOn(day)) {
                return e;
            }
        }
        return null;
    }
}
