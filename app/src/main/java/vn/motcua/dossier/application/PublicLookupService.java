package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.infrastructure.DossierRepository;
import vn.motcua.dossier.infrastructure.PublicLookupRepository;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.application.TenantContext;

/**
 * The applicant's lookup: dossier code + the secret printed on the receipt. Nobody is signed in, so the province is
 * taken from the code itself (the province code inside the agency code, following a merged province to the one that
 * absorbed it) and bound for that lookup only; the dossier must then match the code AND the secret. A wrong pair gets
 * the same answer whether the code exists or not (no enumeration), and failures are throttled per code and per
 * address: after 5 wrong secrets for a code, or 30 from an address, in 15 minutes, every lookup is refused (429).
 */
@ApplicationScoped
public class PublicLookupService {

    public static final int MAX_FAILURES_PER_CODE = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 30;
    public static final int WINDOW_MINUTES = 15;

    @Inject
    Reader reader;

    /** What the applicant may see: status, due date, what is missing. */
    public record PublicView(String code, DossierStatus status, String procedureName, OffsetDateTime receivedAt,
                             OffsetDateTime dueAt, OffsetDateTime apologyNewDate, String whatIsMissing,
                             OffsetDateTime returnedAt, boolean canRate, Integer satisfaction) { }

    public PublicView lookup(String code, String secret, String clientIp) {
        String c = normalise(code);
        reader.checkThrottle(c, clientIp);
        Optional<String> tenant = c == null ? Optional.empty() : reader.tenantOf(c);
        Optional<PublicView> view = tenant.flatMap(t -> TenantContext.call(t, () -> reader.read(c, secret)));
        if (view.isEmpty()) {
            reader.recordFailure(c == null ? "" : c, clientIp);
            throw DomainException.notFound("dossier.lookupFailed");
        }
        return view.get();
    }

    public PublicView rate(String code, String secret, int score, String feedback, String clientIp) {
        String c = normalise(code);
        reader.checkThrottle(c, clientIp);
        Optional<String> tenant = c == null ? Optional.empty() : reader.tenantOf(c);
        Optional<PublicView> view = tenant.flatMap(t -> TenantContext.call(t, () -> reader.rate(c, secret, score, feedback)));
        if (view.isEmpty()) {
            reader.recordFailure(c == null ? "" : c, clientIp);
            throw DomainException.notFound("dossier.lookupFailed");
        }
        return view.get();
    }

    static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return c.isEmpty() || c.length() > 60 ? null : c;
    }

    /** The province code inside a dossier code: {@code 000.00.30.H21-…} or {@code H21.30-…} → {@code H21}. */
    static Optional<String> provinceCode(String code) {
        int dash = code.indexOf('-');
        String agency = dash < 0 ? code : code.substring(0, dash);
        String[] parts = agency.split("\\.");
        for (String p : new String[] {parts[parts.length - 1], parts[0]}) {
            if (p.matches("[A-Z][0-9]{2}")) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The transactional parts, each in its own transaction (the tenant is bound when a transaction starts). */
    @ApplicationScoped
    public static class Reader {

        @Inject
        PublicLookupRepository lookups;
        @Inject
        DossierRepository dossiers;
        @Inject
        DossierEvents events;

        @Transactional
        public void checkThrottle(String code, String ip) {
            OffsetDateTime since = OffsetDateTime.now().minusMinutes(WINDOW_MINUTES);
            long byCode = code == null ? 0 : lookups.failuresForCodeSince(code, since);
            long byIp = ip == null ? 0 : lookups.failuresFromAddressSince(ip, since);
            if (byCode >= MAX_FAILURES_PER_CODE || byIp >= MAX_FAILURES_PER_ADDRESS) {
                throw DomainException.tooMany("dossier.lookupThrottled");
            }
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void recordFailure(String code, String ip) {
            lookups.recordFailure(code, ip);
        }

        @Transactional
        public Optional<String> tenantOf(String code) {
            Optional<String> province = provinceCode(code);
            if (province.isEmpty()) {
                return Optional.empty();
            }
            Optional<PublicLookupRepository.Province> found = lookups.byProvinceCode(province.get());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            String id = found.get().id();
            String merged = found.get().mergedInto();
            // A merged province's dossiers live on in the province that absorbed it (at most a short chain).
            for (int i = 0; i < 5 && merged != null; i++) {
                id = merged;
                merged = lookups.mergedInto(id);
            }
            return Optional.of(id);
        }

        @Transactional
        public Optional<PublicView> read(String code, String secret) {
            return find(code, secret).map(PublicLookupService::view);
        }

        @Transactional
        public Optional<PublicView> rate(String code, String secret, int score, String feedback) {
            Optional<Dossier> found = find(code, secret);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Dossier d = found.get();
            Map<String, String> before = d.snapshot();
            Transition t = d.rate(OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).truncatedTo(java.time.temporal.ChronoUnit.MICROS), score, feedback == null || feedback.length() <= 2000
                    ? feedback : feedback.substring(0, 2000));
            events.append(d, t, new Actor("applicant", Set.of(), null), Dossier.diff(before, d.snapshot()));
            return Optional.of(view(d));
        }

        private Optional<Dossier> find(String code, String secret) {
            if (secret == null || secret.isBlank()) {
                return Optional.empty();
            }
            Optional<Dossier> d = dossiers.byCode(code);
            byte[] given = secret.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            return d.filter(x -> MessageDigest.isEqual(x.getLookupSecret().getBytes(StandardCharsets.UTF_8), given));
        }
    }

    static PublicView view(Dossier d) {
        DossierStatus s = d.status();
        String missing = s == DossierStatus.SUPPLEMENT_REQUESTED || s == DossierStatus.PAYMENT_REQUESTED
                || s == DossierStatus.SUBMITTED ? d.getPendingRequest() : null;
        return new PublicView(d.getCode(), s, d.getProcedureName(), d.getReceivedAt(),
                d.getApologyNewDueAt() != null ? d.getApologyNewDueAt() : d.getDueAt(), d.getApologyNewDueAt(), missing,
                d.getReturnedAt(), s == DossierStatus.RETURNED && d.getRatedAt() == null, d.getSatisfaction());
    }
}
