package vn.motcua.infra.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.infra.cli.Options;

/**
 * The province leader's dashboard under load (issue 13 benchmark, driven by {@code infra/bench/dashboard.sh}):
 * U virtual users, each a browser of its own (its own session cookie), sign in once through the real sign-in form
 * (GET login.xhtml, POST the form with its JSF view state and an {@code Origin} header, as a browser does), land on
 * home.xhtml, and then load the start page again and again, waiting a think time T/2..3T/2 between loads. Each load
 * is a browser's first request of the page: {@code GET /home.xhtml}, the full HTML (the chart's data is in it), no
 * resources. An answer counts as an error unless it is 200 and contains the marker (by default the on-time-rate
 * figure {@code id="dashOnTime"}, rendered only with the leader's dashboard: a redirect to the sign-in page, an error
 * page or a clerk's start page lacks it). Loads started during the warm-up are not measured; those started during
 * the measured window are (p50, p95, p99, max, errors, throughput).
 * <pre>
 * java -cp infra/target/motcua-launcher.jar vn.motcua.infra.bench.DashboardBench --server http://localhost:8080 \
 *      [--user gia-lai.leader] [--password demo] [--users 50] [--seconds 60] [--think-ms 1000] [--warmup-seconds 10]
 * </pre>
 */
public final class DashboardBench {

    static final String DEFAULT_MARKER = "id=\"dashOnTime\"";
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"loginForm\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTR = Pattern.compile("\\b(type|name|value)=\"([^\"]*)\"");
    /** What the page shows (printed once, to see that the dashboard has data): on-time rate, received, units. */
    private static final Pattern ON_TIME = Pattern.compile("id=\"dashOnTime\"[^>]*>\\s*([^<]*?)\\s*<");
    private static final Pattern RECEIVED = Pattern.compile("id=\"dashForm:dashReceived\"[^>]*>\\s*([^<]*?)\\s*<");
    private static final Pattern UNIT_ROW = Pattern.compile("<tr [^>]*data-ri=\"");

    private DashboardBench() { }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String server = o.getOrDefault("server", "http://localhost:8080").replaceAll("/+$", "");
        String user = o.getOrDefault("user", o.getOrDefault("tenant", "gia-lai") + ".leader");
        String password = o.getOrDefault("password", "demo");
        int users = Integer.parseInt(o.getOrDefault("users", "50"));
        long seconds = Long.parseLong(o.getOrDefault("seconds", "60"));
        long warmupSeconds = Long.parseLong(o.getOrDefault("warmup-seconds", "10"));
        long thinkMs = Long.parseLong(o.getOrDefault("think-ms", "1000"));
        String page = o.getOrDefault("page", "/home.xhtml");
        String marker = o.getOrDefault("marker", DEFAULT_MARKER);

        System.out.printf(Locale.ROOT, "dashboard benchmark: %s%s as %s, %d users (think time %d..%d ms), "
                + "%d s warm-up + %d s measured, marker %s%n", server, page, user, users, thinkMs / 2,
                thinkMs + thinkMs / 2, warmupSeconds, seconds, marker);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Browser[] browsers = signInAll(http, server, user, password, users);

        // The load: each user lands on its start page and reloads it after every think time.
        long t0 = System.nanoTime();
        long measureFrom = t0 + warmupSeconds * 1_000_000_000L;
        Load load = new Load(page, marker, thinkMs, measureFrom, measureFrom + seconds * 1_000_000_000L);
        CountDownLatch done = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            Browser b = browsers[u];
            start("dashboard-user-" + u, () -> {
                try {
                    load.user(b);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (!load.print(seconds)) {
            System.exit(1);
        }
    }

    /** Every user signs in, all at once (a morning's logins); exits when one cannot. */
    private static Browser[] signInAll(HttpClient http, String server, String user, String password, int users)
            throws InterruptedException {
        Browser[] browsers = new Browser[users];
        long[] signIn = new long[users];
        Map<String, Integer> signInErrors = new ConcurrentHashMap<>();
        CountDownLatch signedIn = new CountDownLatch(users);
        long s0 = System.nanoTime();
        for (int u = 0; u < users; u++) {
            int i = u;
            start("dashboard-sign-in-" + u, () -> {
                try {
                    Browser b = new Browser(http, server);
                    signIn[i] = b.signIn(user, password);
                    browsers[i] = b;
                } catch (Exception e) {
                    signInErrors.merge(String.valueOf(e.getMessage()), 1, Integer::sum);
                } finally {
                    signedIn.countDown();
                }
            });
        }
        signedIn.await();
        double signInSeconds = (System.nanoTime() - s0) / 1e9;
        if (!signInErrors.isEmpty()) {
            System.out.println("sign-in failed, no load run: " + new TreeMap<>(signInErrors));
            System.exit(1);
        }
        long[] si = signIn.clone();
        Arrays.sort(si);
        System.out.printf(Locale.ROOT, "sign-in: %d users in %.1f s (form post: p50 %.0f ms, p95 %.0f ms, max %.0f ms)%n",
                users, signInSeconds, pct(si, 50), pct(si, 95), si[si.length - 1] / 1e6);
        return browsers;
    }

    /**
     * The page loads of every user: those started during the warm-up counted apart, those started in the measured
     * window timed.
     */
    static final class Load {

        private final String page;
        private final String marker;
        private final long thinkMs;
        private final long measureFrom;
        private final long measureTo;
        private final List<long[]> measured = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        private final AtomicLong warmupLoads = new AtomicLong();
        private final AtomicLong warmupErrors = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicBoolean firstError = new AtomicBoolean();
        private final AtomicReference<String> shown = new AtomicReference<>();

        Load(String page, String marker, long thinkMs, long measureFrom, long measureTo) {
            this.page = page;
            this.marker = marker;
            this.thinkMs = thinkMs;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
        }

        /** One user's loads until the end of the measured window. */
        void user(Browser b) throws InterruptedException {
            while (System.nanoTime() < measureTo) {
                long s = System.nanoTime();
                String kind = null;
                int size = 0;
                try {
                    HttpResponse<byte[]> r = b.get(page);
                    size = r.body().length;
                    kind = check(r);
                } catch (Exception e) {
                    kind = e.getClass().getSimpleName();
                }
                record(s, System.nanoTime(), kind, size);
                long pause = thinkMs <= 0 ? 0 : thinkMs / 2 + ThreadLocalRandom.current().nextLong(thinkMs + 1);
                long left = (measureTo - System.nanoTime()) / 1_000_000;
                if (pause > 0 && left > 0) {
                    Thread.sleep(Math.min(pause, left));
                }
            }
        }

        /** What is wrong with the answer, null when it is the dashboard. */
        private String check(HttpResponse<byte[]> r) {
            if (r.statusCode() != 200) {
                return "HTTP " + r.statusCode() + r.headers().firstValue("Location")
                        .map(l -> " to " + l.replaceFirst("^https?://[^/]+", "").replaceFirst("[?;].*", ""))
                        .orElse("");
            }
            String html = new String(r.body(), StandardCharsets.UTF_8);
            if (!html.contains(marker)) {
                return "200 without the marker";
            }
            shown.compareAndSet(null, html);
            return null;
        }

        private void record(long s, long e, String kind, int size) {
            if (kind != null && firstError.compareAndSet(false, true)) {
                System.out.println("first error: " + kind);
            }
            if (s < measureFrom) {
                warmupLoads.incrementAndGet();
                if (kind != null) {
                    warmupErrors.incrementAndGet();
                }
                return;
            }
            measured.add(new long[] {e - s, kind == null ? 0 : 1});
            bytes.addAndGet(size);
            if (kind != null) {
                errorKinds.merge(kind, 1, Integer::sum);
            }
        }

        /** Prints what the page showed and the figures; false when nothing was measured. */
        boolean print(long seconds) {
            List<long[]> all;
            synchronized (measured) {
                all = new ArrayList<>(measured);
            }
            long[] lat = all.stream().mapToLong(x -> x[0]).sorted().toArray();
            long errors = all.stream().filter(x -> x[1] != 0).count();
            if (shown.get() != null) {
                String html = shown.get();
                Matcher rate = ON_TIME.matcher(html);
                Matcher received = RECEIVED.matcher(html);
                Matcher rows = UNIT_ROW.matcher(html);
                int rowCount = 0;
                while (rows.find()) {
                    rowCount++;
                }
                System.out.printf(Locale.ROOT, "the page shows: on-time rate %s, received %s this month, %d rows in its"
                        + " tables%n", rate.find() ? rate.group(1) : "?", received.find() ? received.group(1) : "?",
                        rowCount);
            }
            System.out.printf(Locale.ROOT, "warm-up: %d page loads, %d errors%n", warmupLoads.get(), warmupErrors.get());
            if (lat.length == 0) {
                System.out.println("measured: no page load");
                return false;
            }
            double window = seconds;
            System.out.printf(Locale.ROOT, "measured: %d page loads in %.0f s (%.1f/s), errors %d %s%n", lat.length,
                    window, lat.length / window, errors, errorKinds.isEmpty() ? "" : new TreeMap<>(errorKinds));
            System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(lat, 50),
                    pct(lat, 95), pct(lat, 99), lat[lat.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "page: %.0f KB of HTML on average (uncompressed)%n",
                    bytes.get() / 1024.0 / lat.length);
            return true;
        }
    }

    private static void start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** One virtual user's browser: its cookies (the session), sent with every request; redirects followed by hand. */
    static final class Browser {

        private final HttpClient http;
        private final String server;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Browser(HttpClient http, String server) {
            this.http = http;
            this.server = server;
        }

        /**
         * Signs in through login.xhtml as a person does and lands on the start page; returns the nanoseconds of the
         * form post. Throws with a short reason when the page or the answer is not what a sign-in gives.
         */
        long signIn(String user, String password) throws Exception {
            HttpResponse<byte[]> login = get("/login.xhtml");
            if (login.statusCode() != 200) {
                throw new IllegalStateException("GET /login.xhtml: HTTP " + login.statusCode());
            }
            String html = new String(login.body(), StandardCharsets.UTF_8);
            Matcher f = FORM.matcher(html);
            if (!f.find()) {
                throw new IllegalStateException("no loginForm in /login.xhtml");
            }
            Matcher a = ACTION.matcher(html.substring(f.start(), f.start(1)));
            String action = a.find() ? unescape(a.group(1)) : "/login.xhtml";
            // the form's hidden fields (its name and the JSF view state), then what the person types and the button
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher in = INPUT.matcher(f.group(1));
            while (in.find()) {
                Map<String, String> attrs = new LinkedHashMap<>();
                Matcher at = ATTR.matcher(in.group());
                while (at.find()) {
                    attrs.putIfAbsent(at.group(1), unescape(at.group(2)));
                }
                if ("hidden".equals(attrs.get("type")) && attrs.containsKey("name")) {
                    fields.put(attrs.get("name"), attrs.getOrDefault("value", ""));
                }
            }
            if (!fields.containsKey("jakarta.faces.ViewState")) {
                throw new IllegalStateException("no jakarta.faces.ViewState in loginForm");
            }
            fields.putIfAbsent("loginForm", "loginForm");
            fields.put("loginForm:username", user);
            fields.put("loginForm:password", password);
            fields.put("loginForm:login", "");
            StringBuilder body = new StringBuilder();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
            HttpRequest post = request(action.startsWith("http") ? URI.create(action) : URI.create(server + action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", server)
                    .header("Referer", server + "/login.xhtml")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
            long s = System.nanoTime();
            HttpResponse<byte[]> answer = send(post);
            long took = System.nanoTime() - s;
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() / 100 != 3 || location.contains("login.xhtml")) {
                throw new IllegalStateException("sign-in as " + user + " refused: HTTP " + answer.statusCode()
                        + (location.isEmpty() ? "" : " to " + location));
            }
            return took;
        }

        /** GET of a page of the server, as a browser's navigation. */
        HttpResponse<byte[]> get(String path) throws Exception {
            return send(request(URI.create(server + path)).GET().build());
        }

        private HttpRequest.Builder request(URI uri) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5");
            String c = cookieHeader();
            if (!c.isEmpty()) {
                b.header("Cookie", c);
            }
            return b;
        }

        private HttpResponse<byte[]> send(HttpRequest r) throws Exception {
            HttpResponse<byte[]> answer = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            for (String set : answer.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).strip();
                    String value = pair.substring(eq + 1).strip();
                    boolean expired = set.toLowerCase(Locale.ROOT).contains("max-age=0");
                    synchronized (cookies) {
                        if (expired || value.isEmpty()) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, value);
                        }
                    }
                }
            }
            return answer;
        }

        private String cookieHeader() {
            StringBuilder b = new StringBuilder();
            synchronized (cookies) {
                cookies.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            }
            return b.toString();
        }

        private static String unescape(String s) {
            return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">");
        }
    }
}
