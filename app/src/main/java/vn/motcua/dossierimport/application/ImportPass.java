package vn.motcua.dossierimport.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.domain.CalendarOutOfRangeException;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.dossierimport.domain.ImportLine;
import vn.motcua.dossierimport.domain.ImportLines;
import vn.motcua.dossierimport.domain.ImportValidator;
import vn.motcua.dossierimport.domain.ImportedClock;
import vn.motcua.dossierimport.domain.ImportedDossier;
import vn.motcua.dossierimport.domain.ImportedOfficials;
import vn.motcua.dossierimport.domain.ImportedSteps;
import vn.motcua.dossierimport.infrastructure.ImportPipeline;
import vn.motcua.dossierimport.infrastructure.ImportRows;
import vn.motcua.dossierimport.infrastructure.ImportSession;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;

/**
 * The one pass over a batch's lines: each is checked, given its deadlines and, while the batch has no problem so
 * far, written into the rows that the pipeline hands to the database chunk by chunk. Without a pipeline (a dry run)
 * the lines are only checked and counted.
 */
final class ImportPass {

    private final ImportValidator validator;
    private final DeadlineCalculator calc;
    private final ImportRows rows;
    private final ImportPipeline pipe;
    private final long[] blocks;
    private final List<ImportError> errors;
    private final Map<String, Integer> rowOfCode;
    private final ImportedOfficials officials = new ImportedOfficials();
    /** Problems past the reported ones: only counted. */
    private int extra;

    ImportPass(ImportValidator validator, DeadlineCalculator calc, ImportRows rows, ImportPipeline pipe, long[] blocks,
               List<ImportError> errors, int lines) {
        this.validator = validator;
        this.calc = calc;
        this.rows = rows;
        this.pipe = pipe;
        this.blocks = blocks;
        this.errors = errors;
        this.rowOfCode = new HashMap<>(lines * 2);
    }

    /** The officials the batch's events name. */
    ImportedOfficials officials() {
        return officials;
    }

    /** The row of each code of the batch. */
    Map<String, Integer> rowOfCode() {
        return rowOfCode;
    }

    /** Reads every line; any problem → {@link ImportRejectedException} with all of them, after the writer stopped. */
    void readAll(ImportLines all) {
        try {
            all.forEach(this::accept);
        } finally {
            if (pipe != null) {
                pipe.drain(); // whatever happened here, the writer is done with the connection before we go on
            }
        }
        if (pipe != null) {
            if (errors.isEmpty() && !pipe.stopped() && rows.pending() > 0) {
                pipe.submit(rows);
            }
            pipe.finish(); // rethrows the writer's failure
        }
        if (extra > 0) {
            errors.add(ImportValidator.error(0, "", "dossier.import.moreErrors", extra));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
    }

    private void accept(ImportLine line) {
        if (errors.size() >= DossierImportService.MAX_REPORTED_ERRORS) {
            extra++;
            return;
        }
        int before = errors.size();
        ImportedDossier d = validator.validate(line, errors);
        if (d == null) {
            return;
        }
        Integer first = rowOfCode.putIfAbsent(d.code(), d.row());
        if (first != null) {
            errors.add(ImportValidator.error(d.row(), line.column(ImportLine.Field.CODE),
                    "dossier.import.duplicateInBatch", d.code(), String.valueOf(first)));
            return;
        }
        ImportedClock clock;
        boolean write = pipe != null && errors.isEmpty() && !pipe.stopped();
        ImportedSteps steps = ImportedSteps.NONE;
        try {
            clock = ImportedClock.compute(d, calc);
            if (write) {
                steps = ImportedSteps.of(d, clock, calc);
            }
        } catch (CalendarOutOfRangeException e) {
            errors.add(ImportValidator.error(d.row(), line.column(ImportLine.Field.RECEIVED_AT),
                    "dossier.import.dueOutsideCalendar", calc.calendar().firstDay(), calc.calendar().lastDay()));
            return;
        }
        if (errors.size() == before) {
            if (write) {
                officials.add(d);
            }
            rows.add(d, clock, steps, write ? ImportSession.idOf(blocks, rows.dossiers()) : -1);
            if (write && rows.pending() >= ImportRows.CHUNK) {
                pipe.submit(rows);
            }
        }
    }
}
