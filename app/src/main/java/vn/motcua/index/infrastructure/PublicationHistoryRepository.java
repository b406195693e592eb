package vn.motcua.index.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.index.domain.Publicity;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The catalog's publication history as the index's publicity metrics read it: every version of the bound province's
 * procedures with a publication decision dated in the period, and every version in force on a day (for
 * completeness). A catalog has thousands of versions at most, so one query reads them.
 */
@ApplicationScoped
public class PublicationHistoryRepository {

    @Inject
    TenantPersistence persistence;

    @SuppressWarnings("unchecked")
    public List<Publicity.Version> versions(LocalDate from, LocalDate to, LocalDate today) {
        List<Publicity.Version> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) persistence.tenantEm().createNativeQuery("SELECT code, decision_date,"
                        + " effective_date, national_db_date,"
                        + " (valid_from <= ?3 AND (valid_to IS NULL OR valid_to >= ?3)),"
                        + " (steps <> '[]' AND documents <> '[]')"
                        + " FROM province.procedure_version"
                        + " WHERE decision_date BETWEEN ?1 AND ?2 OR (valid_from <= ?3 AND (valid_to IS NULL OR valid_to >= ?3))")
                .setParameter(1, from).setParameter(2, to).setParameter(3, today).getResultList()) {
            out.add(new Publicity.Version((String) r[0], day(r[1]), day(r[2]), day(r[3]), (Boolean) r[4],
                    (Boolean) r[5]));
        }
        return out;
    }

    private static LocalDate day(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
