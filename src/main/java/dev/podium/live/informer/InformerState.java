package dev.podium.live.informer;

/**
 * Where one of our informers stands, as the live status bar shows it.
 *
 * <p>{@link #STARTING}: the first LIST has not returned, or the watch after a list is being opened.
 * {@link #WATCHING}: listed and the WATCH is open. {@link #RELISTING}: the watch ended (closed, 410 Gone, or an
 * error) and the informer lists again. {@link #DISCONNECTED}: the watch or list failed, or the watch stayed closed,
 * and fabric8 retries with back-off. {@link #FORBIDDEN}: RBAC refused the LIST (403); the informer is stopped.
 * {@link #STOPPED}: the session was closed.
 */
public enum InformerState {
    STARTING,
    WATCHING,
    RELISTING,
    DISCONNECTED,
    FORBIDDEN,
    STOPPED
}
