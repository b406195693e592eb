package vn.motcua.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.identity.domain.ApiToken;
import vn.motcua.identity.domain.Role;
import vn.motcua.identity.infrastructure.ApiTokenRepository;
import vn.motcua.identity.infrastructure.UserRepository;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.shared.Text;

/**
 * Per-province API tokens. A token reads {@code mc_<tenant slug>_<secret>}: the slug lets the server bind
 * the province before looking the token up, so even authentication goes through row-level security.
 */
@ApplicationScoped
public class ApiTokenService {

    public record Issued(ApiToken token, String secret) { }

    private static final Pattern FORMAT = Pattern.compile("^mc_([a-z][a-z0-9-]{0,39})_([A-Za-z0-9_-]{43})$");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Writing last_used_at on every request would turn every read into a write. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserRepository users;

    @Inject
    TenantRegistry tenants;

    @Inject
    SecurityAudit audit;

    @Transactional
    public Issued create(String name, Set<Role> roles, Integer validDays) {
        String tenant = TenantContext.require();
        List<FieldError> errors = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > Text.Kind.NAME.max()) {
            errors.add(new FieldError("name", "token.name.invalid"));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "token.roles.required"));
        } else if (!Role.tenantRoles().containsAll(roles)) {
            errors.add(new FieldError("roles", "token.roles.tenantOnly"));
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            errors.add(new FieldError("validDays", "token.validDays.range"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String raw = "mc_" + tenant + "_" + secret;
        OffsetDateTime now = OffsetDateTime.now();
        ApiToken token = new ApiToken(cleanName, PasswordHasher.sha256Hex(raw), raw.substring(0, Math.min(raw.length(),
                tenant.length() + 10)), EnumSet.copyOf(roles), CallerContext.actorName(), now,
                validDays == null ? null : now.plusDays(validDays));
        tokens.add(token);
        audit.record(SecurityEvent.TOKEN_CREATED, null, tenant, "token " + token.getId() + " '" + cleanName + "' roles " + roles);
        return new Issued(token, raw);
    }

    @Transactional
    public List<ApiToken> list() {
        return tokens.list();
    }

    @Transactional
    public ApiToken get(long id) {
        return Optional.ofNullable(tokens.find(id))
                .orElseThrow(() -> DomainException.notFound("token.notFound", id));
    }

    @Transactional
    public ApiToken revoke(long id) {
        ApiToken token = get(id);
        if (token.getRevokedAt() == null) {
            token.revoke(CallerContext.actorName(), OffsetDateTime.now());
            audit.record(SecurityEvent.TOKEN_REVOKED, null, TenantContext.require(), "token " + id + " '" + token.getName() + "'");
        }
        return token;
    }

    /**
     * The caller a presented token stands for, or empty if it is malformed, unknown, revoked or expired, or if the
     * account that created it is disabled.
     */
    @Transactional
    public Optional<Caller> authenticate(String raw) {
        Matcher m = raw == null ? null : FORMAT.matcher(raw);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String slug = m.group(1);
        Optional<Tenant> tenant = tenants.find(slug).filter(Tenant::isActive);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.call(slug, () -> lookUp(raw, slug));
    }

    /**
     * A token stands in for the administrator who created it: while that account is disabled the token is refused,
     * and it works again once the account is enabled (unless revoked or expired meanwhile). Tokens whose creator is
     * not an account (made by the system) are not affected.
     */
    private boolean creatorDisabled(ApiToken token) {
        return users.isDisabled(token.getCreatedBy());
    }

    private Optional<Caller> lookUp(String raw, String slug) {
        List<ApiToken> found = tokens.withHash(PasswordHasher.sha256Hex(raw));
        OffsetDateTime now = OffsetDateTime.now();
        Optional<ApiToken> usable = found.stream().filter(t -> t.isUsableAt(now)).findFirst();
        if (usable.isEmpty()) {
            if (!found.isEmpty()) {
                audit.record(SecurityEvent.TOKEN_REJECTED, null, slug, "token " + found.get(0).getId() + " revoked or expired");
            }
            return Optional.empty();
        }
        ApiToken token = usable.get();
        if (creatorDisabled(token)) {
            audit.record(SecurityEvent.TOKEN_REJECTED, token.getCreatedBy(), slug,
                    "token " + token.getId() + " created by a disabled account");
            return Optional.empty();
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
            token.markUsed(now);
        }
        return Optional.of(new Caller("api-token:" + token.getId(), token.getName(), slug, token.getRoles(), null,
                token.getId(), "vi", null));
    }
}
