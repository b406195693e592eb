package vn.motcua.infra.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Fails early, with the setting to change, when a configured port is taken. */
final class Ports {

    private Ports() {
    }

    /**
     * @param anyAddress check the wildcard address (Payara listens on all interfaces) instead of loopback
     *                   (the embedded PostgreSQL listens on localhost)
     */
    static void requireFree(int port, String setting, boolean anyAddress) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(anyAddress ? new InetSocketAddress(port) : new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new LauncherException("Port " + port + " is already in use (" + e.getMessage() + "). Stop the program "
                    + "using it, or set " + setting + " to another port.");
        }
    }
}
