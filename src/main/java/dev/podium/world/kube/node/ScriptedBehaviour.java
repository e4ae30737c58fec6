package dev.podium.world.kube.node;

/**
 * The cluster's own container behaviour, scripted by scenario actions and image names, and always asked first.
 * Probes answer at once: they fail while a {@link ProbeRules} rule says so ({@code failLiveness},
 * {@code failReadiness}), else they pass. Image conventions: a tag ending in {@code :crashloop} exits with code 1
 * {@code crashAfterNanos} after each start; {@code :complete} exits 0 (a finished job). ({@code :missing}, an
 * image that cannot be pulled, is the image manager's business, not the container's.) Kernel thread only.
 */
public final class ScriptedBehaviour implements ContainerBehaviour {
    private final ProbeRules rules;
    private final long crashAfterNanos;

    /**
     * @param rules the probe rules the cluster's actions set; read at each probe, so later rules apply at once
     * @param crashAfterNanos how long a {@code :crashloop} or {@code :complete} image runs
     */
    public ScriptedBehaviour(ProbeRules rules, long crashAfterNanos) {
        this.rules = rules;
        this.crashAfterNanos = crashAfterNanos;
    }

    @Override
    public ProbeOutcome probe(RunningContainer container, ProbeKind kind, long timeNanos) {
        return rules.fails(container.podKey(), container.name(), kind.id()) ? ProbeOutcome.fail()
                : ProbeOutcome.pass();
    }

    @Override
    public ContainerExit nextExit(RunningContainer container, long timeNanos) {
        String image = container.spec().image();
        if (image.endsWith(":crashloop")) {
            return ContainerExit.after(crashAfterNanos, 1);
        }
        if (image.endsWith(":complete")) {
            return ContainerExit.after(crashAfterNanos, 0);
        }
        return ContainerExit.NEVER;
    }
}
