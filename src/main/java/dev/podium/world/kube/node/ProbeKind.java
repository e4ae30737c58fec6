package dev.podium.world.kube.node;

/**
 * The three probes a container may declare. {@link #id()} is the name used in {@code ProbeFailed} and
 * {@code ProbeSucceeded} events and in the scripted probe rules ({@code failLiveness}, {@code failReadiness}).
 */
public enum ProbeKind {
    /** Failing it kills the container; the restart policy and crash-loop back-off follow. */
    LIVENESS("liveness"),
    /** Failing it marks the container not ready (the pod leaves its Services' endpoints); no restart. */
    READINESS("readiness"),
    /** Liveness and readiness wait until it succeeds; failing it kills the container like liveness. */
    STARTUP("startup");

    private final String id;

    ProbeKind(String id) {
        this.id = id;
    }

    /** {@code liveness}, {@code readiness} or {@code startup}. */
    public String id() {
        return id;
    }
}
