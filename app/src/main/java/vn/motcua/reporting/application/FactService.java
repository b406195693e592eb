package vn.motcua.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import vn.motcua.reporting.infrastructure.DayFactRepository;

/**
 * The facts reports read. They are kept as dossiers change (decision 0008); a rebuild recomputes them from the
 * dossiers, for a province whose facts are in doubt (after a restore, or to check them against the dossiers).
 */
@ApplicationScoped
public class FactService {

    /** What a rebuild did. */
    public record Rebuilt(long factRows, Duration took) { }

    @Inject
    DayFactRepository facts;

    @Transactional
    @RolesAllowed("PROVINCE_ADMIN")
    public Rebuilt rebuild() {
        long t0 = System.nanoTime();
        long rows = facts.rebuild();
        return new Rebuilt(rows, Duration.ofNanos(System.nanoTime() - t0));
    }
}
