package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

class DossierViewTest {

    @Test
    void aVersionRaceIsRecognisedWhereverTheTransactionWrappedIt() {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(new OptimisticLockException("row changed"));
        assertTrue(DossierView.optimisticLock(new jakarta.transaction.TransactionalException("commit", rollback)));
        assertFalse(DossierView.optimisticLock(new IllegalStateException("something else")));
    }
}
