package dev.podium.live.guard;

/**
 * A request that would change the cluster was stopped before it left the client: changes are not allowed for
 * the context, or the user did not confirm this very request. The message says which, and what was refused.
 */
public final class ChangeRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ChangeRequest request;

    /** A refusal of {@code request}, for {@code reason}. */
    public ChangeRefusedException(ChangeRequest request, String reason) {
        super(reason);
        this.request = request;
    }

    /** What was refused. */
    public ChangeRequest request() {
        return request;
    }
}
