package dev.podium.world.kube.node;

/**
 * When a running container's process ends by itself, and how: a crash, a finished job, an out-of-memory kill.
 * Immutable.
 *
 * @param afterNanos simulated nanoseconds from the time asked until the process exits; {@link #NEVER_NANOS} if it
 *     keeps running
 * @param exitCode the process's exit code (0 is success; 137 is SIGKILL, as the OOM killer sends)
 * @param reason the Terminated state's reason: {@code Completed}, {@code Error}, {@code OOMKilled}
 */
public record ContainerExit(long afterNanos, int exitCode, String reason) {
    /** {@code afterNanos} of a process that keeps running. */
    public static final long NEVER_NANOS = Long.MAX_VALUE;

    /** The process keeps running. */
    public static final ContainerExit NEVER = new ContainerExit(NEVER_NANOS, 0, "");

    public ContainerExit {
        if (afterNanos < 0) {
            throw new IllegalArgumentException("afterNanos < 0: " + afterNanos);
        }
    }

    /** Exits after {@code afterNanos} with {@code exitCode}, with the kubelet's reason: Completed for 0, else Error. */
    public static ContainerExit after(long afterNanos, int exitCode) {
        return new ContainerExit(afterNanos, exitCode, exitCode == 0 ? "Completed" : "Error");
    }

    /** True if the process keeps running. */
    public boolean never() {
        return afterNanos == NEVER_NANOS;
    }

    /** The sooner of the two; this one on a tie. */
    public ContainerExit sooner(ContainerExit other) {
        return other.afterNanos < afterNanos ? other : this;
    }
}
