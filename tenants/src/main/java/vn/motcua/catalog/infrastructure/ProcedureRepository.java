package vn.motcua.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.domain.Level;
import vn.motcua.catalog.domain.OnlineKind;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.catalog.domain.SearchText;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/** The current province's procedure versions as stored (tenant data). */
@ApplicationScoped
public class ProcedureRepository {

    /** One page of current versions and how many match in all. */
    public record Found(long total, List<ProcedureVersion> items) { }

    @Inject
    TenantPersistence persistence;

    /**
     * Current versions whose folded search text holds every word of {@code text}, optionally of one field, level and
     * online kind, ordered by code; {@code size} rows from {@code first}.
     */
    public Found searchCurrent(String text, String field, Level level, OnlineKind onlineKind, int first, int size) {
        EntityManager em = persistence.tenantEm();
        StringBuilder where = new StringBuilder(" WHERE p.validTo IS NULL");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (String word : SearchText.fold(text).split(" ")) {
            if (!word.isBlank()) {
                where.append(" AND p.searchText LIKE :w").append(i);
                params.put("w" + i++, "%" + word.replace("%", "").replace("_", "") + "%");
            }
        }
        if (field != null && !field.isBlank()) {
            where.append(" AND p.fieldCode = :field");
            params.put("field", field.strip());
        }
        if (level != null) {
            where.append(" AND p.levels LIKE :level");
            params.put("level", "%" + level.name() + "%");
        }
        if (onlineKind != null) {
            where.append(" AND p.onlineKind = :kind");
            params.put("kind", onlineKind);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM ProcedureVersion p" + where, Long.class);
        TypedQuery<ProcedureVersion> list = em.createQuery("SELECT p FROM ProcedureVersion p" + where
                + " ORDER BY p.code", ProcedureVersion.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        return new Found(count.getSingleResult(), list.setFirstResult(first).setMaxResults(size).getResultList());
    }

    /** All versions of a procedure, oldest first; empty if the province has no such procedure. */
    public List<ProcedureVersion> history(String code) {
        return persistence.tenantEm().createQuery("SELECT p FROM ProcedureVersion p WHERE p.code = :code"
                + " ORDER BY p.validFrom, p.id", ProcedureVersion.class).setParameter("code", code).getResultList();
    }

    /** The version with this id, or null. */
    public ProcedureVersion find(long id) {
        return persistence.tenantEm().find(ProcedureVersion.class, id);
    }

    /** Every procedure's open version, ordered by code. */
    public List<ProcedureVersion> current() {
        return persistence.tenantEm().createQuery(
                "SELECT p FROM ProcedureVersion p WHERE p.validTo IS NULL ORDER BY p.code", ProcedureVersion.class)
                .getResultList();
    }

    /** Codes the province has, any version. */
    public Set<String> codes() {
        return new HashSet<>(persistence.tenantEm().createQuery("SELECT DISTINCT p.code FROM ProcedureVersion p",
                String.class).getResultList());
    }

    public void add(ProcedureVersion version) {
        persistence.tenantEm().persist(version);
    }

    public void flush() {
        persistence.tenantEm().flush();
    }
}
