package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * The current province's dossiers ({@code province.dossier}): by code, the worklists, the reminder and recent lists.
 * Callers hold the transaction and bound the pages ({@code first} at least 0, {@code size} at least 1).
 */
@ApplicationScoped
public class DossierRepository {

    /** Vietnamese letters with diacritics and their plain forms, for accent-insensitive search in SQL. */
    private static final String ACCENTED = "àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ";
    private static final String PLAIN = "aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy";
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    @Inject
    TenantPersistence persistence;

    /** Writes a new dossier (its id is given now; the row when the transaction flushes). */
    public void add(Dossier d) {
        persistence.tenantEm().persist(d);
    }

    public Optional<Dossier> byCode(String code) {
        return persistence.tenantEm().createQuery("SELECT d FROM Dossier d WHERE d.code = :code", Dossier.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The open steps of one official, soonest due first. */
    public List<Dossier> assignedTo(String username, int first, int size) {
        return persistence.tenantEm().createQuery("SELECT d FROM Dossier d WHERE d.currentAssignee = :u"
                        + " ORDER BY d.currentStepDueAt, d.id", Dossier.class)
                .setParameter("u", username).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countAssignedTo(String username) {
        return persistence.tenantEm().createQuery("SELECT COUNT(d) FROM Dossier d WHERE d.currentAssignee = :u",
                Long.class).setParameter("u", username).getSingleResult();
    }

    /**
     * One official's open steps whose code, applicant or procedure contains {@code text} (case and accents
     * ignored), soonest due first: the page's ids by SQL, then their dossiers.
     */
    public List<Dossier> assignedToMatching(String username, String text, int first, int size) {
        var em = persistence.tenantEm();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM province.dossier WHERE current_assignee = ?1"
                        + " AND " + matches() + " ORDER BY current_step_due_at, id OFFSET ?3 LIMIT ?4")
                .setParameter(1, username).setParameter(2, "%" + fold(text) + "%").setParameter(3, first)
                .setParameter(4, size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Dossier d WHERE d.id IN :ids"
                        + " ORDER BY d.currentStepDueAt, d.id", Dossier.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    public long countAssignedToMatching(String username, String text) {
        return ((Number) persistence.tenantEm().createNativeQuery("SELECT count(*) FROM province.dossier"
                        + " WHERE current_assignee = ?1 AND " + matches())
                .setParameter(1, username).setParameter(2, "%" + fold(text) + "%").getSingleResult()).longValue();
    }

    private static String matches() {
        return "translate(lower(code || ' ' || applicant_name || ' ' || procedure_name), '" + ACCENTED + "', '" + PLAIN
                + "') LIKE ?2";
    }

    /**
     * The search text as {@link #matches()} and the folded applicant name (V25) compare it: NFC, lower case, without
     * accents (đ = d), LIKE wildcards removed, runs of white space as one space, trimmed.
     */
    static String fold(String text) {
        String t = vn.motcua.shared.Text.nfc(text).strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        StringBuilder b = new StringBuilder(t.length());
        for (char ch : t.toCharArray()) {
            int i = ACCENTED.indexOf(ch);
            b.append(i < 0 ? ch : PLAIN.charAt(i));
        }
        return WHITE_SPACE.matcher(b).replaceAll(" ").strip();
    }

    /** How many of one official's open steps were due before {@code now}. */
    public long countOverdue(String username, OffsetDateTime now) {
        return persistence.tenantEm().createQuery("SELECT COUNT(d) FROM Dossier d WHERE d.currentAssignee = :u"
                        + " AND d.currentStepDueAt < :now", Long.class).setParameter("u", username)
                .setParameter("now", now).getSingleResult();
    }

    /** How many of one official's open steps are due from {@code now} to {@code soon}, both included. */
    public long countDueBetween(String username, OffsetDateTime now, OffsetDateTime soon) {
        return persistence.tenantEm().createQuery("SELECT COUNT(d) FROM Dossier d WHERE d.currentAssignee = :u"
                        + " AND d.currentStepDueAt >= :now AND d.currentStepDueAt <= :soon", Long.class)
                .setParameter("u", username).setParameter("now", now).setParameter("soon", soon).getSingleResult();
    }

    /**
     * Open dossiers overdue before {@code before} without an apology, longest overdue first: past their overdue
     * instant (the due instant, moved by pauses; none while paused for the applicant), the rule of the leaders'
     * list (reporting's OverdueWithoutApology), read through its partial index (V15).
     */
    public List<Dossier> lateWithoutApology(OffsetDateTime before, int first, int size) {
        return persistence.tenantEm().createQuery("SELECT d FROM Dossier d WHERE d.status IN (2, 4, 5, 6)"
                        + " AND d.apologyAt IS NULL AND d.overdueFrom < :before ORDER BY d.overdueFrom, d.id", Dossier.class)
                .setParameter("before", before).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Latest dossiers received (or submitted), newest first; all statuses when {@code status} is null. */
    public List<Dossier> recent(Integer status, int first, int size) {
        String where = status == null ? "" : " WHERE d.status = :s";
        var q = persistence.tenantEm().createQuery("SELECT d FROM Dossier d" + where
                + " ORDER BY d.submittedAt DESC, d.id DESC", Dossier.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The dossiers a unit received from {@code from} (included) to {@code to} (excluded), in order, at most {@code max}. */
    public List<Dossier> receivedBy(String unitCode, OffsetDateTime from, OffsetDateTime to, int max) {
        return persistence.tenantEm().createQuery("SELECT d FROM Dossier d WHERE d.receivingUnitCode = :u"
                        + " AND d.submittedAt >= :from AND d.submittedAt < :to ORDER BY d.submittedAt, d.id", Dossier.class)
                .setParameter("u", unitCode).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }
}
