package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierFilter;
import vn.motcua.dossier.domain.DossierLine;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The province-wide dossier list (issue 15): a page of dossiers matching a {@link DossierFilter}, their count up to a
 * cap, and the lines of an export. Row-level security keeps every read inside the bound province.
 */
@ApplicationScoped
public class DossierSearchRepository {

    private static final String LINE_COLUMNS = "code, submitted_at, received_at, status, channel, procedure_code,"
            + " procedure_name, applicant_name, applicant_id_number, receiving_unit_code, competent_unit_code, due_at,"
            + " coalesce(processed_at, closed_at), timeliness, overdue_from";

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);

    @Inject
    TenantPersistence persistence;

    /** One page in the filter's order: the page's ids by SQL, then their dossiers. */
    public List<Dossier> page(DossierFilter f, int first, int size) {
        DossierSearchSql s = DossierSearchSql.of(f);
        var em = persistence.tenantEm();
        Query q = em.createNativeQuery("SELECT id FROM province.dossier" + s.where()
                + DossierSearchSql.orderBy(f.sort()) + " OFFSET " + first + " LIMIT " + size);
        bind(q, s.params());
        @SuppressWarnings("unchecked")
        List<Number> ids = q.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> position = new HashMap<>();
        for (Number id : ids) {
            position.put(id.longValue(), position.size());
        }
        List<Dossier> out = new ArrayList<>(em.createQuery("SELECT d FROM Dossier d WHERE d.id IN :ids", Dossier.class)
                .setParameter("ids", new ArrayList<>(position.keySet())).getResultList());
        out.sort(Comparator.comparing(d -> position.get(d.getId())));
        return out;
    }

    /** How many dossiers match, counting at most {@code cap + 1} (so "more than cap" is known without a full count). */
    public long countUpTo(DossierFilter f, int cap) {
        DossierSearchSql s = DossierSearchSql.of(f);
        Query q = persistence.tenantEm().createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM province.dossier"
                + s.where() + " LIMIT " + (cap + 1) + ") m");
        bind(q, s.params());
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The first {@code max} matching dossiers in the filter's order, as plain lines. */
    public List<DossierLine> lines(DossierFilter f, int max) {
        DossierSearchSql s = DossierSearchSql.of(f);
        Query q = persistence.tenantEm().createNativeQuery("SELECT " + LINE_COLUMNS + " FROM province.dossier"
                + s.where() + DossierSearchSql.orderBy(f.sort()) + " LIMIT " + max);
        bind(q, s.params());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(DossierSearchRepository::line).toList();
    }

    private static DossierLine line(Object[] r) {
        return new DossierLine((String) r[0], instant(r[1]), instant(r[2]),
                DossierStatus.of(((Number) r[3]).intValue()), Channel.valueOf((String) r[4]), (String) r[5],
                (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], instant(r[11]),
                instant(r[12]), (String) r[13], instant(r[14]));
    }

    private static OffsetDateTime instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(VN);
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(VN);
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(VN);
        }
        throw new IllegalStateException("not an instant: " + o.getClass());
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }
}
