package dev.podium.world.kube.node;

/**
 * How the software inside a container behaves, as far as the kubelet can see: how it answers probes and whether
 * its process ends by itself. The kubelet owns the lifecycle (probe periods and thresholds, timeouts, kills,
 * restarts, back-off); a behaviour only answers. This is the Kubernetes world's input seam for other worlds: a GC
 * world can answer "no reply until the pause ends", so a long stop-the-world pause times out the liveness probe
 * and the kubelet restarts the container; a Go runtime world can answer from its scheduler's state. Such a world
 * implements this interface and the scenario layer wires it with {@code KubeCluster.addContainerBehaviour}; the
 * Kubernetes world never imports it.
 *
 * <p>Contract:
 * <ul>
 *   <li><b>Thread.</b> Called only on the kernel's single thread, from within a kernel event, at simulated time
 *       {@code timeNanos} (= the kernel's now).</li>
 *   <li><b>Determinism.</b> An answer is a pure function of the arguments and the behaviour's own state. That state
 *       may change between calls (a seeded random stream of its own, a model advanced by its own kernel events),
 *       because calls come in the kernel's deterministic order. No wall clock, no hash-order iteration, no Java
 *       threads.</li>
 *   <li><b>No re-entry.</b> Do not call back into the cluster from inside a call. Do not schedule kernel events from
 *       inside {@link #probe}; {@link #nextExit} (a new instance starts) and {@link #stopped} (an instance's
 *       process ended) are notifications too, and there a behaviour may schedule events of its own model (a JVM
 *       that starts with an empty heap, a process that stops serving).</li>
 *   <li><b>When asked.</b> {@link #probe} is asked each time the kubelet actually probes: every
 *       {@code periodSeconds} per probe, but not while the container is not running, before
 *       {@code initialDelaySeconds}, for liveness and readiness before the startup probe has succeeded, while the
 *       previous probe of the same kind is still waiting for its answer, or while the node's kubelet is down. So
 *       tell time by {@code timeNanos}, never by counting calls. {@link #nextExit} is asked when an instance
 *       starts and when a recovered kubelet takes a running instance back.</li>
 *   <li><b>Time units.</b> {@code timeNanos} is absolute simulated time; durations in the answers
 *       ({@link ProbeOutcome#tookNanos()}, {@link ContainerExit#afterNanos()}) count from {@code timeNanos}. All
 *       are nanoseconds.</li>
 *   <li><b>Composition.</b> The cluster's own scripted behaviour ({@link ScriptedBehaviour}) is asked first, then
 *       each added behaviour in the order added; every one is asked. A failure or delay from any wins
 *       ({@link ProbeOutcome#and}); the soonest exit wins ({@link ContainerExit#sooner}).</li>
 * </ul>
 */
public interface ContainerBehaviour {

    /**
     * How a probe of {@code kind} that the kubelet starts at {@code timeNanos} goes for {@code container}. Return
     * {@link ProbeOutcome#pass()} for a container this behaviour has nothing to say about.
     */
    ProbeOutcome probe(RunningContainer container, ProbeKind kind, long timeNanos);

    /**
     * When, counted from {@code timeNanos}, the process of {@code container} exits by itself, if nothing else stops
     * it first; {@link ContainerExit#NEVER} (the default) if it keeps running. Asked once per instance (and again
     * when a recovered kubelet takes it back), so the answer cannot depend on what happens later in the run.
     */
    default ContainerExit nextExit(RunningContainer container, long timeNanos) {
        return ContainerExit.NEVER;
    }

    /**
     * The process of {@code container}'s instance ended at {@code timeNanos}: it exited by itself, the kubelet
     * killed it (a failed liveness or startup probe, exit 137), or the pod is terminating. Told once per instance,
     * after the fact; the answer to later probes of that instance no longer matters. Default: nothing.
     *
     * @param exitCode the exit code the kubelet records
     * @param reason the reason the kubelet records ({@code Error}, {@code Completed}, ...)
     */
    default void stopped(RunningContainer container, long timeNanos, int exitCode, String reason) {
    }
}
