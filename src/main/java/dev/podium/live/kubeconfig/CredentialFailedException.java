package dev.podium.live.kubeconfig;

/**
 * Credentials could not be obtained while a request was being prepared (an exec plugin failed or hung, a token
 * file vanished, the kubeconfig became unreadable). Unchecked because it travels through fabric8; its cause is the
 * {@link LiveConfigException} with the person-readable message, which this exception repeats.
 */
public final class CredentialFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Wraps {@code cause}, keeping its message. */
    public CredentialFailedException(LiveConfigException cause) {
        super(cause.getMessage(), cause);
    }
}
