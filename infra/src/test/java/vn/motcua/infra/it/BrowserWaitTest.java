package vn.motcua.infra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser tests' wait: Chrome's "node does not belong to the document" means look again, other errors do not. */
class BrowserWaitTest {

    private static final String CHROME_REPLACED_DOCUMENT = "unknown error: unhandled inspector error: "
            + "{\"code\":-32000,\"message\":\"Node with given id does not belong to the document\"}";

    @Test
    void aNodeOfAReplacedDocumentIsReadAgain() {
        WebDriverWait wait = new Browser.PageWait(null, Duration.ofSeconds(5));
        wait.pollingEvery(Duration.ofMillis(1));
        AtomicInteger calls = new AtomicInteger();
        String text = wait.until(d -> {
            if (calls.incrementAndGet() < 3) {
                throw new WebDriverException(CHROME_REPLACED_DOCUMENT);
            }
            return "7 ngày làm việc";
        });
        assertEquals("7 ngày làm việc", text);
        assertEquals(3, calls.get());
    }

    @Test
    void anyOtherErrorEndsTheWaitAtOnce() {
        WebDriverWait wait = new Browser.PageWait(null, Duration.ofSeconds(5));
        AtomicInteger calls = new AtomicInteger();
        WebDriverException broken = new WebDriverException("chrome not reachable");
        WebDriverException thrown = assertThrows(WebDriverException.class, () -> wait.until(d -> {
            calls.incrementAndGet();
            throw broken;
        }));
        assertSame(broken, thrown);
        assertEquals(1, calls.get());
    }
}
