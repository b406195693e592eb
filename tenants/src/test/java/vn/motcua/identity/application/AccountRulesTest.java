package vn.motcua.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException.FieldError;

class AccountRulesTest {

    private static final List<String> PROVINCES = List.of("gia-lai", "ha-tinh", "binh-dinh");

    private static String refusal(String username, String tenant) {
        Optional<FieldError> e = AccountRules.usernameRefusal(username, tenant, PROVINCES);
        return e.map(f -> f.field() + " " + f.messageKey() + " " + List.of(f.args())).orElse("accepted");
    }

    @Test
    void aProvinceAccountIsNamedWithinItsProvince() {
        assertEquals("accepted", refusal("gia-lai.nguyen.van.a", "gia-lai"));
        assertEquals("accepted", refusal("gia-lai.clerk2", "gia-lai"));
    }

    @Test
    void anotherProvincesPrefixGetsTheSameAnswerAsAnyOtherName() {
        // whether ha-tinh.clerk exists or not is not the rule's business: the answer names only the caller's prefix
        assertEquals("username user.username.namespace [gia-lai.]", refusal("ha-tinh.clerk", "gia-lai"));
        assertEquals("username user.username.namespace [gia-lai.]", refusal("ha-tinh.something", "gia-lai"));
        assertEquals("username user.username.namespace [gia-lai.]", refusal("nguyen.van.a", "gia-lai"));
    }

    @Test
    void thePrefixAloneOrALookAlikeIsNotEnough() {
        assertEquals("username user.username.namespace [gia-lai.]", refusal("gia-lai.", "gia-lai"));
        assertEquals("username user.username.namespace [gia-lai.]", refusal("gia-lai-x.clerk", "gia-lai"));
        assertEquals("username user.username.namespace [gia-lai.]", refusal("gia-lainguyen", "gia-lai"));
    }

    @Test
    void platformAccountsStayOutOfEveryProvincesNamespace() {
        assertEquals("accepted", refusal("central2", null));
        assertEquals("accepted", refusal("tran.thi.b", null));
        assertEquals("accepted", refusal("gia-lai-auditor", null));
        assertEquals("username user.username.provinceNamespace [binh-dinh.]", refusal("binh-dinh.auditor", null));
        assertEquals("username user.username.provinceNamespace [gia-lai.]", refusal("gia-lai.admin2", null));
    }

    @Test
    void nobodyDisablesTheirOwnAccount() {
        assertEquals(Optional.of("user.cannotDisableSelf"), AccountRules.disableRefusal(true, true, 3));
        assertEquals(Optional.of("user.cannotDisableSelf"), AccountRules.disableRefusal(true, false, 0));
    }

    @Test
    void theLastEnabledAdministratorOfAProvinceStays() {
        assertEquals(Optional.of("user.lastProvinceAdmin"), AccountRules.disableRefusal(false, true, 0));
        assertTrue(AccountRules.disableRefusal(false, true, 1).isEmpty());
        assertTrue(AccountRules.disableRefusal(false, false, 0).isEmpty(), "a clerk may be disabled in any case");
    }

    @Test
    void theLastEnabledAdministratorKeepsTheRole() {
        assertEquals(Optional.of("user.lastProvinceAdmin"), AccountRules.adminRemovalRefusal(true, 0));
        assertTrue(AccountRules.adminRemovalRefusal(true, 2).isEmpty());
        assertTrue(AccountRules.adminRemovalRefusal(false, 0).isEmpty(), "a disabled administrator may lose the role");
    }
}
