package vn.motcua.infra.launcher;

/**
 * A start-up failure with a message meant for the operator: the launcher prints the message (no stack trace)
 * and exits with status 1.
 */
public final class LauncherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
