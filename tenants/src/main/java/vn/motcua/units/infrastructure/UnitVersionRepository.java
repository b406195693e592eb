package vn.motcua.units.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.tenancy.infrastructure.TenantPersistence;
import vn.motcua.units.domain.UnitCodes;
import vn.motcua.units.domain.UnitVersion;

/** Reads of the current province's unit versions by code (callers hold the transaction). */
@ApplicationScoped
public class UnitVersionRepository {

    @Inject
    TenantPersistence persistence;

    /**
     * The version whose portal code is {@code portalCode} on {@code day} (both ends of a version inclusive); the one
     * that started last should two overlap.
     */
    public Optional<UnitVersion> byPortalCodeOn(String portalCode, LocalDate day) {
        return persistence.tenantEm().createQuery("SELECT v FROM UnitVersionRecord v WHERE v.portalCode = :code"
                        + " AND v.validFrom <= :day AND (v.validTo IS NULL OR v.validTo >= :day)"
                        + " ORDER BY v.validFrom DESC", UnitVersionRecord.class)
                .setParameter("code", portalCode).setParameter("day", day).setMaxResults(1)
                .getResultStream().findFirst().map(UnitVersionRecord::toDomain);
    }

    /** Every version's portal code with its period; versions without a portal code are left out. */
    public List<UnitCodes.Span> portalCodeSpans() {
        List<Object[]> rows = persistence.tenantEm().createQuery("SELECT v.portalCode, v.validFrom, v.validTo"
                + " FROM UnitVersionRecord v WHERE v.portalCode IS NOT NULL", Object[].class).getResultList();
        List<UnitCodes.Span> spans = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            spans.add(new UnitCodes.Span((String) r[0], (LocalDate) r[1], (LocalDate) r[2]));
        }
        return spans;
    }
}
