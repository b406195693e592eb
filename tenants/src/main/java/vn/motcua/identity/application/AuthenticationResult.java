package vn.motcua.identity.application;

public record AuthenticationResult(Status status, Caller caller, long retryAfterSeconds) {

    /** DISABLED: the right password of a disabled account; telling so reveals nothing to someone without it. */
    public enum Status { SUCCESS, INVALID, DISABLED, THROTTLED }

    public static AuthenticationResult success(Caller caller) {
        return new AuthenticationResult(Status.SUCCESS, caller, 0);
    }

    public static AuthenticationResult invalid() {
        return new AuthenticationResult(Status.INVALID, null, 0);
    }

    public static AuthenticationResult disabled() {
        return new AuthenticationResult(Status.DISABLED, null, 0);
    }

    public static AuthenticationResult throttled(long retryAfterSeconds) {
        return new AuthenticationResult(Status.THROTTLED, null, retryAfterSeconds);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
