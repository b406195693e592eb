package vn.motcua.infra.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Payara Micro 6, booted in this JVM through its API ({@code fish.payara.micro.PayaraMicro}), with the application
 * WAR deployed at context root {@code /}. No asadmin: the WAR brings its own data source and JDBC driver and reads
 * its settings from MicroProfile Config, i.e. from the system properties the launcher sets before booting.
 */
final class PayaraServer {

    /** Application name (and, as ROOT, context root "/"). */
    static final String APP_NAME = "ROOT";
    /** The largest request body the server reads at all: 257 MiB, as the UI's upload (WEB-INF/web.xml). */
    static final long MAX_REQUEST_BYTES = 269_484_032L;
    /** Thread name of the shutdown hook that Payara Micro registers while booting. */
    static final String PAYARA_HOOK_NAME = "Payara Micro Shutdown Hook";

    private final PayaraMicro micro;
    private final PayaraMicroRuntime runtime;

    private PayaraServer(PayaraMicro micro, PayaraMicroRuntime runtime) {
        this.micro = micro;
        this.runtime = runtime;
    }

    /**
     * Boots Payara Micro and deploys the WAR; returns once the deployment has finished.
     *
     * @param bindAddress address the HTTP listener binds to (127.0.0.1 or 0.0.0.0)
     * @param rootDir Payara's runtime directory (domain config, generated files); null for a temporary one
     */
    /**
     * Grizzly's compression of the HTTP listener: on for text types above 1 KB (smaller answers gain less than the
     * header costs). Not a BREACH risk worth refusing compression for: the only secret in a page is the Faces view
     * state, a fresh random token per view, so an attacker cannot send many requests against the same secret.
     */
    static final String[][] COMPRESSION = {
            {"compression", "on"},
            {"compression-min-size-bytes", "1024"},
            {"compressable-mime-type", "text/html,text/css,text/javascript,application/javascript,application/json,"
                    + "application/problem+json,application/xml,text/xml,text/plain,text/csv,image/svg+xml,"
                    + "application/x-ndjson,application/yaml"}};

    static PayaraServer boot(int httpPort, String bindAddress, Path rootDir, Path war) {
        PayaraMicro micro = PayaraMicro.getInstance();
        micro.setHttpPort(httpPort)
                .setNoCluster(true)
                .setPrintLogo(false);
        // Payara Micro has no option for the listening address; set it on the listener before boot.
        // No request body may exceed the largest upload (WEB-INF/web.xml's multipart max-request-size, the dossier
        // history file): Grizzly answers 413 by Content-Length before the application sees the request, and stops
        // reading a chunked body there. The REST operations hold theirs to much less (@BodyLimit).
        micro.setPreBootHandler(admin -> {
            admin.run("set",
                    "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                            + bindAddress);
            admin.run("set", "configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".max-post-size-bytes=" + MAX_REQUEST_BYTES);
            // Text answers compressed when the client accepts it (Grizzly's gzip): pages, scripts, style sheets, JSON.
            // PrimeFaces' scripts and styles are ~1.2 MB a first visit; gzip sends about a fifth (docs/benchmarks.md).
            for (String[] setting : COMPRESSION) {
                admin.run("set", "configs.config.server-config.network-config.protocols.protocol.http-listener.http."
                        + setting[0] + "=" + setting[1]);
            }
        });
        if (rootDir != null) {
            prepareRootDir(rootDir);
            micro.setRootDir(rootDir.toFile());
        }
        boolean deployDuringBoot = war.getFileName().toString().equals(APP_NAME + ".war");
        if (deployDuringBoot) {
            micro.addDeploymentFile(war.toFile());
        }
        PayaraMicroRuntime runtime;
        try {
            runtime = micro.bootStrap();
        } catch (BootstrapException | RuntimeException e) {
            throw new LauncherException("Payara Micro did not start: " + e.getMessage(), e);
        }
        PayaraServer server = new PayaraServer(micro, runtime);
        if (!deployDuringBoot && !runtime.deploy(APP_NAME, "/", war.toFile())) {
            server.shutdown();
            throw new LauncherException("Deployment of " + war + " failed; see the Payara messages above.");
        }
        Collection<String> deployed = runtime.getDeployedApplicationNames();
        if (deployed == null || !deployed.contains(APP_NAME)) {
            server.shutdown();
            throw new LauncherException("Deployment of " + war + " failed (deployed applications: " + deployed
                    + "); see the Payara messages above.");
        }
        return server;
    }

    /**
     * Payara Micro copies its domain template into an empty root directory and, on later starts, boots from what
     * it finds there: domain.xml then still lists the previous deployment (and its exploded copy), which would be
     * redeployed next to the fresh one. Nothing in there is state of ours, so start from an empty directory.
     * (Safe against a concurrently running launcher: the data directory is locked by {@link InstanceLock}.)
     */
    private static void prepareRootDir(Path rootDir) {
        try {
            deleteRecursively(rootDir);
            Files.createDirectories(rootDir);
        } catch (IOException e) {
            throw new LauncherException("Cannot prepare the Payara directory " + rootDir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Stops Payara (undeploys, closes pools and the HTTP listener). Safe to call more than once. */
    void shutdown() {
        try {
            micro.shutdown();
        } catch (BootstrapException | RuntimeException e) {
            // already stopped or never fully started
        }
    }

    PayaraMicroRuntime runtime() {
        return runtime;
    }
}
