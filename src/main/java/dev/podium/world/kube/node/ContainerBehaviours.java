package dev.podium.world.kube.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The behaviours every kubelet of a cluster consults, as one: the scripted behaviour first, then each added one in
 * the order added. Every behaviour is asked at every call (none is skipped because an earlier one already failed),
 * so a stateful behaviour sees the same calls whatever the others answer. A probe is healthy only if every answer
 * is, and answers when the slowest does ({@link ProbeOutcome#and}); the soonest exit wins, the earlier behaviour on
 * a tie. A behaviour added while running is consulted from the next probe or container start on. Kernel thread
 * only.
 */
public final class ContainerBehaviours implements ContainerBehaviour {
    private final List<ContainerBehaviour> behaviours = new ArrayList<>();

    /** Starts with {@code first}, normally the cluster's {@link ScriptedBehaviour}. */
    public ContainerBehaviours(ContainerBehaviour first) {
        add(first);
    }

    /** Consults {@code behaviour} too, after those already added. */
    public void add(ContainerBehaviour behaviour) {
        if (behaviour == null) {
            throw new IllegalArgumentException("behaviour is null");
        }
        behaviours.add(behaviour);
    }

    @Override
    public ProbeOutcome probe(RunningContainer container, ProbeKind kind, long timeNanos) {
        ProbeOutcome outcome = ProbeOutcome.pass();
        for (ContainerBehaviour b : behaviours) {
            outcome = outcome.and(answer(b, b.probe(container, kind, timeNanos)));
        }
        return outcome;
    }

    @Override
    public ContainerExit nextExit(RunningContainer container, long timeNanos) {
        ContainerExit exit = ContainerExit.NEVER;
        for (ContainerBehaviour b : behaviours) {
            exit = exit.sooner(answer(b, b.nextExit(container, timeNanos)));
        }
        return exit;
    }

    @Override
    public void stopped(RunningContainer container, long timeNanos, int exitCode, String reason) {
        for (ContainerBehaviour b : behaviours) {
            b.stopped(container, timeNanos, exitCode, reason);
        }
    }

    private static <T> T answer(ContainerBehaviour from, T answer) {
        return Objects.requireNonNull(answer, () -> from + " answered null");
    }
}
