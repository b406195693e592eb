package vn.motcua.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.motcua.tenancy.domain.TenantDiscriminator;

/** An integration's credential for one province. Only the SHA-256 of the secret is stored. */
@Entity
@Table(name = "api_token", schema = "province")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantDiscriminator.PROPERTY, primaryKey = true)
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "province.api_token_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false)
    private String tokenPrefix;

    @Column(nullable = false)
    private String roles;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected ApiToken() { }

    public ApiToken(String name, String tokenHash, String tokenPrefix, Set<Role> roles, String createdBy,
                    OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public Status statusAt(OffsetDateTime now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt == null || expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    public boolean isUsableAt(OffsetDateTime now) {
        return statusAt(now) == Status.ACTIVE;
    }

    public void revoke(String by, OffsetDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public void markUsed(OffsetDateTime at) {
        lastUsedAt = at;
    }

    public Long getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getName() { return name; }
    public String getTokenPrefix() { return tokenPrefix; }
    public String getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getExpiresAt() { return expiresAt; }
    public OffsetDateTime getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public OffsetDateTime getLastUsedAt() { return lastUsedAt; }
    public long getVersion() { return version; }

    public Set<Role> getRoles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }
}
