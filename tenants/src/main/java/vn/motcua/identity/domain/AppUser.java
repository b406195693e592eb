package vn.motcua.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** A person who signs in. Belongs to one province ({@code tenantId}) or to the platform (null). */
@Entity
@Table(name = "app_user", schema = "platform")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private String locale = "vi";

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", schema = "platform", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    /** Portal code of the official's unit; steps of that unit go to its officials first. */
    @Column(name = "unit_code")
    private String unitCode;

    protected AppUser() { }

    public AppUser(String username, String tenantId, String displayName, String passwordHash, boolean demo) {
        this.username = username;
        this.tenantId = tenantId;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.demo = demo;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getTenantId() { return tenantId; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isDemo() { return demo; }
    public boolean isEnabled() { return enabled; }
    public String getLocale() { return locale; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public void setLocale(String locale) { this.locale = locale; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
}
