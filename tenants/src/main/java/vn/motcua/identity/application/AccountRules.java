package vn.motcua.identity.application;

import java.util.Collection;
import java.util.Optional;
import vn.motcua.shared.DomainException.FieldError;

/**
 * Pure rules of account administration, kept apart from the database so that they can be tested alone.
 * <ul>
 * <li><b>User names are namespaced by province.</b> A province account is named {@code <slug>.<anything>} after
 * the province it belongs to, so that two provinces can never compete for a name: a province administrator
 * choosing a name outside their namespace is told which prefix to use, and never learns whether the name
 * exists elsewhere (the duplicate check, and its 409, only run after this rule has passed). Platform accounts
 * must not take a province's prefix.</li>
 * <li><b>Disabling.</b> Nobody disables their own account (they would lock themselves out at the next request),
 * and the last enabled administrator of a province stays enabled, so that the province keeps someone who
 * can manage its accounts.</li>
 * </ul>
 */
public final class AccountRules {

    private AccountRules() { }

    /** The prefix every account of the province {@code tenant} carries. */
    public static String namespace(String tenant) {
        return tenant + ".";
    }

    /**
     * Why {@code username} may not be used for a new account of {@code tenant} (null: a platform account), if it
     * may not. {@code provinces}: the slugs of all provinces, whatever their state, for platform accounts.
     */
    public static Optional<FieldError> usernameRefusal(String username, String tenant, Collection<String> provinces) {
        if (tenant != null) {
            String prefix = namespace(tenant);
            return username.startsWith(prefix) && username.length() > prefix.length()
                    ? Optional.empty()
                    : Optional.of(new FieldError("username", "user.username.namespace", prefix));
        }
        return provinces.stream()
                .filter(slug -> username.startsWith(namespace(slug)))
                .findFirst()
                .map(slug -> new FieldError("username", "user.username.provinceNamespace", namespace(slug)));
    }

    /**
     * Why an account may not be disabled, as a message key, if it may not.
     *
     * @param self                 the account is the actor's own
     * @param enabledProvinceAdmin the account is, now, an enabled PROVINCE_ADMIN
     * @param otherEnabledAdmins   enabled PROVINCE_ADMIN accounts of the same province besides this one
     */
    public static Optional<String> disableRefusal(boolean self, boolean enabledProvinceAdmin, long otherEnabledAdmins) {
        if (self) {
            return Optional.of("user.cannotDisableSelf");
        }
        return adminRemovalRefusal(enabledProvinceAdmin, otherEnabledAdmins);
    }

    /**
     * Why an account may not stop being an enabled administrator (disabled, or PROVINCE_ADMIN taken away), if it may
     * not: its province would keep no enabled administrator to manage its accounts.
     */
    public static Optional<String> adminRemovalRefusal(boolean enabledProvinceAdmin, long otherEnabledAdmins) {
        if (enabledProvinceAdmin && otherEnabledAdmins == 0) {
            return Optional.of("user.lastProvinceAdmin");
        }
        return Optional.empty();
    }
}
