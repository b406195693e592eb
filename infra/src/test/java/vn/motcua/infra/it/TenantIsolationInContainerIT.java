package vn.motcua.infra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.identity.application.ApiTokenService;
import vn.motcua.identity.domain.ApiToken;
import vn.motcua.identity.domain.Role;
import vn.motcua.tenancy.application.NoTenantBoundException;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.infrastructure.TenantPersistence;

/**
 * Inside Payara, through the application's own persistence unit: JPQL, find-by-id and hand-written native SQL
 * see only the province bound to the transaction, and with none bound they fail closed.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("motcua.it.war")))
                .addClass(TenantIsolationInContainerIT.class);
    }

    @Inject
    TenantPersistence persistence;

    @Inject
    ApiTokenService tokens;

    @Inject
    UserTransaction tx;

    private long tokenOf(String tenant, String name) {
        return TenantContext.call(tenant, () -> tokens.create(name, EnumSet.of(Role.CLERK), 1).token().getId());
    }

    @Test
    void jpqlFindAndNativeSqlSeeOnlyTheBoundProvince() throws Exception {
        long giaLai = tokenOf("gia-lai", "in-container A");
        long haTinh = tokenOf("ha-tinh", "in-container B");
        TenantContext.set("gia-lai");
        tx.begin();
        try {
            List<ApiToken> all = persistence.tenantEm().createQuery("SELECT t FROM ApiToken t", ApiToken.class).getResultList();
            assertFalse(all.isEmpty());
            assertTrue(all.stream().allMatch(t -> "gia-lai".equals(t.getTenantId())), "JPQL lists only Gia Lai's rows");
            assertTrue(all.stream().anyMatch(t -> t.getId() == giaLai));
            assertNull(persistence.tenantEm().find(ApiToken.class, haTinh), "find by a guessed id of Hà Tĩnh");
            // JPQL that names the other province explicitly still cannot reach it
            assertEquals(0L, persistence.tenantEm().createQuery(
                    "SELECT COUNT(t) FROM ApiToken t WHERE t.tenantId = 'ha-tinh'", Long.class).getSingleResult());
            Number nativeCount = (Number) persistence.tenantEm().createNativeQuery(
                    "SELECT count(*) FROM province.api_token WHERE tenant_id = 'ha-tinh' OR id = " + haTinh).getSingleResult();
            assertEquals(0, nativeCount.intValue(), "hand-written SQL cannot cross provinces");
            int changed = persistence.tenantEm().createNativeQuery(
                    "UPDATE province.api_token SET name = 'stolen' WHERE id = " + haTinh).executeUpdate();
            assertEquals(0, changed);
        } finally {
            tx.rollback();
            TenantContext.clear();
        }
    }

    @Test
    void withoutAProvinceTenantDataFailsClosed() throws Exception {
        tokenOf("bac-ninh", "in-container C");
        TenantContext.clear();
        tx.begin();
        try {
            assertThrows(NoTenantBoundException.class, () -> persistence.tenantEm());
            Number visible = (Number) persistence.platformEm()
                    .createNativeQuery("SELECT count(*) FROM province.api_token").getSingleResult();
            assertEquals(0, visible.intValue(), "an unbound connection sees no tenant row");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void oneTransactionCannotActForTwoProvinces() throws Exception {
        tx.begin();
        try {
            TenantContext.run("gia-lai", () -> persistence.tenantEm());
            assertThrows(IllegalStateException.class, () -> TenantContext.run("ha-tinh", () -> persistence.tenantEm()));
        } finally {
            tx.rollback();
            TenantContext.clear();
        }
    }
}
