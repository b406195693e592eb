package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import vn.motcua.reporting.infrastructure.DayFactRepository;
import vn.motcua.reporting.infrastructure.StepFactRepository;

/**
 * The facts reports read: per dossier day (V10) and per official's steps (V12). They are kept as dossiers change (decision 0008); a rebuild recomputes them from the
 * dossiers, for a province whose facts are in doubt (after a restore, or to check them against the dossiers).
 */
@ApplicationScoped
public class FactService {

    /** What a rebuild did: the day facts' rows and the step facts' rows (V12) written. */
    public record Rebuilt(long factRows, long stepFactRows, Duration took) { }

    @Inject
    DayFactRepository facts;

    @Inject
    StepFactRepository steps;

    @Transactional
    @RolesAllowed("PROVINCE_ADMIN")
    public Rebuilt rebuild() {
        long t0 = System.nanoTime();
        long rows = facts.rebuild();
        long stepRows = steps.rebuild();
        return new Rebuilt(rows, stepRows, Duration.ofNanos(System.nanoTime() - t0));
    }
}
