package vn.motcua.ui.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.identity.application.AccountRules;
import vn.motcua.identity.application.Caller;
import vn.motcua.identity.application.UserAdministration;
import vn.motcua.identity.domain.AppUser;
import vn.motcua.identity.domain.Role;
import vn.motcua.shared.DomainException;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;

/**
 * admin/users.xhtml: accounts of the administrator's province (all accounts for a platform administrator),
 * creating accounts, changing roles, disabling and re-enabling accounts. Which accounts may be seen or changed is decided by
 * {@link UserAdministration}; this bean only shows its answers.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Row(long id, String username, String displayName, String tenantId, String tenantName,
                      Set<Role> roles, boolean enabled, boolean demo, OffsetDateTime createdAt, long version)
            implements Serializable {

        static Row of(AppUser u, Map<String, String> tenantNames) {
            Set<Role> roles = u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.getRoles());
            String tenantName = u.getTenantId() == null ? null : tenantNames.getOrDefault(u.getTenantId(), u.getTenantId());
            return new Row(u.getId(), u.getUsername(), u.getDisplayName(), u.getTenantId(), tenantName, roles,
                    u.isEnabled(), u.isDemo(), u.getCreatedAt(), u.getVersion());
        }
    }

    @Inject
    UserAdministration administration;

    @Inject
    TenantRegistry tenants;

    @Inject
    CurrentUser user;

    @Inject
    LocaleView localeView;

    @Inject
    Access access;

    @Inject
    Feedback feedback;

    private List<Row> rows = List.of();
    private Map<String, String> tenantOptions = Map.of();

    // "Create account" dialog
    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private Role[] newRoles = new Role[0];
    private String newTenantId;

    // "Change roles" dialog
    private Long editId;
    private String editUsername;
    private long editVersion;
    private Role[] editRoles = new Role[0];

    public void load() {
        if (access.allowAdmin()) {
            refresh();
        }
    }

    private void refresh() {
        Caller actor = user.caller().orElseThrow();
        Map<String, String> names = tenants.list().stream()
                .collect(Collectors.toMap(Tenant::getSlug, t -> t.displayName(localeView.getLocale()), (a, b) -> a, LinkedHashMap::new));
        if (user.isPlatformAdmin()) {
            tenantOptions = names;
        }
        rows = administration.list(actor).stream().map(u -> Row.of(u, names)).toList();
    }

    public void prepareCreate() {
        newUsername = null;
        newDisplayName = null;
        newPassword = null;
        newRoles = new Role[0];
        newTenantId = null;
    }

    public void create() {
        if (!access.allowAdmin()) {
            return;
        }
        try {
            AppUser created = administration.create(user.caller().orElseThrow(), newUsername, newDisplayName, newPassword,
                    toSet(newRoles), user.isPlatformAdmin() ? newTenantId : null);
            newPassword = null;
            feedback.info("users.created", created.getUsername());
            refresh();
        } catch (DomainException e) {
            newPassword = null;
            feedback.refused(e, "createUserForm");
        }
    }

    /** Opens the roles dialog with the version the person is looking at, so a concurrent change is detected. */
    public void startEdit(Row row) {
        editId = row.id();
        editUsername = row.username();
        editVersion = row.version();
        editRoles = row.roles().toArray(new Role[0]);
    }

    public void saveRoles() {
        if (!access.allowAdmin() || editId == null) {
            return;
        }
        try {
            AppUser saved = administration.updateRoles(user.caller().orElseThrow(), editId, toSet(editRoles), editVersion);
            feedback.info("users.rolesSaved", saved.getUsername());
            editId = null;
            refresh();
        } catch (DomainException e) {
            feedback.refused(e, "editRolesForm");
            refresh();
            if (e.kind() == DomainException.Kind.CONFLICT) {
                // Show what the account has now, with its new version, so the person decides again on fresh data
                rows.stream().filter(r -> r.id() == editId).findFirst().ifPresent(fresh -> {
                    startEdit(fresh);
                    feedback.infoIn("editRolesForm", "users.reloaded");
                });
            }
        }
    }

    /**
     * Disables or re-enables the account with the version the person is looking at; a concurrent change is refused
     * (and the list reloaded) rather than overwritten.
     */
    public void setEnabled(Row row, boolean enabled) {
        if (!access.allowAdmin() || row == null) {
            return;
        }
        try {
            AppUser saved = administration.setEnabled(user.caller().orElseThrow(), row.id(), enabled, row.version());
            feedback.info(enabled ? "users.enabledDone" : "users.disabledDone", saved.getUsername());
        } catch (DomainException e) {
            feedback.refused(e);
        }
        refresh();
    }

    /** The person's own account: no "disable" button (the service refuses it anyway). */
    public boolean isSelf(Row row) {
        return row != null && row.username().equals(user.getUsername());
    }

    /** An example user name in the caller's namespace (province administrators); platform administrators see a generic one. */
    public String getUsernameExample() {
        String tenant = user.isPlatformAdmin() ? null : user.getTenantId();
        return tenant == null ? "gia-lai.nguyen.van.a" : AccountRules.namespace(tenant) + "nguyen.van.a";
    }

    private static Set<Role> toSet(Role[] roles) {
        return roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }

    /** A platform administrator may give any role (the service checks it fits the account); others province roles. */
    public List<Role> getRoleOptions() {
        Set<Role> allowed = user.isPlatformAdmin() ? EnumSet.allOf(Role.class) : Role.tenantRoles();
        return allowed.stream().sorted().toList();
    }

    /** Roles that fit the account being edited: platform roles for platform accounts, else province roles. */
    public List<Role> getEditRoleOptions() {
        Row row = rows.stream().filter(r -> editId != null && r.id() == editId).findFirst().orElse(null);
        Set<Role> allowed = row == null ? Role.tenantRoles() : row.tenantId() == null ? Role.platformRoles() : Role.tenantRoles();
        return allowed.stream().sorted().toList();
    }

    /** Province slug → name, for the platform administrator's "province" choice. */
    public Map<String, String> getTenantOptions() {
        return tenantOptions;
    }

    public boolean isShowTenantColumn() {
        return user.isPlatformAdmin();
    }

    public int getMinPasswordLength() {
        return UserAdministration.MIN_PASSWORD_LENGTH;
    }


    public List<Row> getRows() { return rows; }
    public String getNewUsername() { return newUsername; }
    public void setNewUsername(String v) { this.newUsername = v; }
    public String getNewDisplayName() { return newDisplayName; }
    public void setNewDisplayName(String v) { this.newDisplayName = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { this.newPassword = v; }
    public Role[] getNewRoles() { return newRoles; }
    public void setNewRoles(Role[] v) { this.newRoles = v; }
    public String getNewTenantId() { return newTenantId; }
    public void setNewTenantId(String v) { this.newTenantId = v; }
    public Long getEditId() { return editId; }
    public String getEditUsername() { return editUsername; }
    public long getEditVersion() { return editVersion; }
    public Role[] getEditRoles() { return editRoles; }
    public void setEditRoles(Role[] v) { this.editRoles = v; }
}
