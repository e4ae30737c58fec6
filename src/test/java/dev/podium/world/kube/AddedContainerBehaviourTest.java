package dev.podium.world.kube;

import static dev.podium.world.kube.Fixtures.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.event.ContainerExited;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.ProbeFailed;
import dev.podium.world.kube.node.ContainerBehaviour;
import dev.podium.world.kube.node.ContainerExit;
import dev.podium.world.kube.node.ProbeKind;
import dev.podium.world.kube.node.ProbeOutcome;
import dev.podium.world.kube.node.RunningContainer;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.ProbeSpec;
import dev.podium.world.kube.spec.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * Another world plugs a {@link ContainerBehaviour} into the cluster (here a fake standing in for a GC world), and the
 * kubelets apply their own probe rules to its answers: periodSeconds, timeoutSeconds, failureThreshold, the kill,
 * the restart and its back-off.
 */
class AddedContainerBehaviourTest {
    /** periodSeconds 3, timeoutSeconds 2, failureThreshold 3. */
    private static final ProbeSpec LIVENESS = new ProbeSpec(0, 3 * S, 2 * S, 1, 3);

    /** What the fake answers for app=web liveness probes, by probe start time; everything else passes at once. */
    private static final class WebPods implements ContainerBehaviour {
        final LongFunction<ProbeOutcome> liveness;
        final List<Long> askedNanos = new ArrayList<>();
        final List<String> lifecycle = new ArrayList<>();
        ContainerExit exit = ContainerExit.NEVER;

        WebPods(LongFunction<ProbeOutcome> liveness) {
            this.liveness = liveness;
        }

        private static boolean web(RunningContainer c) {
            return "web".equals(c.pod().labels().get("app"));
        }

        @Override
        public ProbeOutcome probe(RunningContainer container, ProbeKind kind, long timeNanos) {
            if (!web(container) || kind != ProbeKind.LIVENESS) {
                return ProbeOutcome.pass();
            }
            askedNanos.add(timeNanos);
            return liveness.apply(timeNanos);
        }

        @Override
        public void stopped(RunningContainer container, long timeNanos, int exitCode, String reason) {
            if (web(container)) {
                lifecycle.add("stopped #" + container.restartCount() + " at " + timeNanos + " " + exitCode);
            }
        }

        @Override
        public ContainerExit nextExit(RunningContainer container, long timeNanos) {
            if (web(container)) {
                lifecycle.add("started #" + container.restartCount() + " at " + timeNanos);
            }
            return web(container) && container.restartCount() == 0 ? exit : ContainerExit.NEVER;
        }
    }

    /** The GC-pause story: no answer between 30 s and 40 s. */
    private static WebPods pausedFrom30To40Seconds() {
        return new WebPods(t -> t >= 30 * S && t < 40 * S ? ProbeOutcome.noAnswer() : ProbeOutcome.pass());
    }

    private static List<KubeManifest> webAndApi(ProbeSpec liveness) {
        return Fixtures.concat(Fixtures.nodes(1), deployment("web", liveness), deployment("api", liveness));
    }

    private static KubeManifest deployment(String name, ProbeSpec liveness) {
        ContainerSpec app = new ContainerSpec("app", name + ":1", new Resources(100, 64L << 20), Resources.NONE,
                liveness, null, null, false);
        return Fixtures.deployment(name, 1, new IntOrPercent(25, true), new IntOrPercent(25, true),
                Fixtures.spec(app));
    }

    private static Run run(ContainerBehaviour behaviour, long forNanos) {
        return run(behaviour, LIVENESS, forNanos);
    }

    private static Run run(ContainerBehaviour behaviour, ProbeSpec liveness, long forNanos) {
        Run run = new Run(11, KubeParams.defaults(), webAndApi(liveness));
        if (behaviour != null) {
            run.cluster.addContainerBehaviour(behaviour);
        }
        run.runFor(forNanos);
        return run;
    }

    private static List<ProbeFailed> webFailures(Run run) {
        return run.of(ProbeFailed.class).stream().filter(f -> f.pod().startsWith("default/web-")).toList();
    }

    @Test
    void probesTimingOutDuringAPauseMakeTheKubeletRestartTheContainer() {
        WebPods pause = pausedFrom30To40Seconds();
        Run run = run(pause, 120 * S);

        List<Long> inPause = pause.askedNanos.stream().filter(t -> t >= 30 * S && t < 40 * S).toList();
        assertTrue(inPause.size() >= 3, "asked during the pause at " + inPause);
        for (int i = 1; i < 3; i++) {
            assertEquals(LIVENESS.periodNanos(), inPause.get(i) - inPause.get(i - 1), "probes come every period");
        }
        List<ProbeFailed> failed = webFailures(run);
        assertTrue(failed.size() >= 3, "failures " + failed);
        for (int i = 0; i < 3; i++) {
            ProbeFailed f = failed.get(i);
            assertEquals("liveness", f.probe());
            assertEquals(i + 1, f.consecutiveFailures());
            assertEquals(3, f.failureThreshold());
            assertEquals(inPause.get(i) + LIVENESS.timeoutNanos(), f.timeNanos(),
                    "a probe with no answer fails when its timeoutSeconds expire");
        }
        long thirdFailureNanos = failed.get(2).timeNanos();
        List<ContainerExited> exits = run.of(ContainerExited.class);
        assertEquals(1, exits.size(), "one kill: " + exits);
        ContainerExited kill = exits.get(0);
        assertTrue(kill.pod().startsWith("default/web-"));
        assertEquals(137, kill.exitCode());
        assertEquals(thirdFailureNanos + KubeParams.defaults().containerStopNanos(), kill.timeNanos(),
                "killed at the third consecutive failure, after the container's stop time");
        List<ContainerRestarted> restarts = run.of(ContainerRestarted.class);
        assertEquals(1, restarts.size(), "after the pause the new container stays healthy: " + restarts);
        assertEquals(kill.timeNanos(), restarts.get(0).timeNanos(), "the first restart waits no back-off");
        assertEquals(1, restarts.get(0).restartCount());
        assertTrue(failed.stream().allMatch(f -> f.timeNanos() <= 40 * S + LIVENESS.timeoutNanos()),
                "no failure after the pause: " + failed);
        assertTrue(run.of(ProbeFailed.class).stream().noneMatch(f -> f.pod().startsWith("default/api-")),
                "pods of other apps are untouched");
        assertEquals(1, run.readyPods("web-"));
    }

    @Test
    void theBehaviourHearsEachInstanceStartAndStop() {
        WebPods pause = pausedFrom30To40Seconds();
        Run run = run(pause, 120 * S);
        ContainerExited kill = run.of(ContainerExited.class).get(0);
        ContainerRestarted restart = run.of(ContainerRestarted.class).get(0);
        List<String> starts = pause.lifecycle.stream().filter(l -> l.startsWith("started")).toList();
        assertEquals(2, starts.size(), "" + pause.lifecycle);
        assertEquals("stopped #0 at " + kill.timeNanos() + " 137", pause.lifecycle.get(1),
                "the killed instance is told, with the kubelet's exit code: " + pause.lifecycle);
        assertTrue(starts.get(1).startsWith("started #1 at "), starts.get(1));
        long restartedAt = Long.parseLong(starts.get(1).substring("started #1 at ".length()));
        assertTrue(restartedAt > restart.timeNanos(), "the new instance starts after the restart: " + restartedAt);
        assertEquals(3, pause.lifecycle.size(), "the second instance keeps running: " + pause.lifecycle);
    }

    @Test
    void withoutTheAddedBehaviourNothingFails() {
        Run run = run(null, 120 * S);
        assertEquals(List.of(), run.of(ProbeFailed.class));
        assertEquals(List.of(), run.of(ContainerRestarted.class));
    }

    @Test
    void theSameSeedAndBehaviourGiveTheSameEvents() {
        assertEquals(run(pausedFrom30To40Seconds(), 120 * S).events, run(pausedFrom30To40Seconds(), 120 * S).events);
    }

    @Test
    void anAnswerWithinTimeoutSecondsPassesAndASlowerOneFails() {
        Run slowButInTime = run(new WebPods(t -> ProbeOutcome.passAfter(LIVENESS.timeoutNanos())), 60 * S);
        assertEquals(List.of(), webFailures(slowButInTime));

        WebPods tooSlow = new WebPods(t -> ProbeOutcome.passAfter(LIVENESS.timeoutNanos() + 1));
        Run late = run(tooSlow, 60 * S);
        List<ProbeFailed> failed = webFailures(late);
        assertTrue(failed.size() >= 3, "failures " + failed);
        assertEquals(tooSlow.askedNanos.get(0) + LIVENESS.timeoutNanos(), failed.get(0).timeNanos());
        assertEquals(137, late.of(ContainerExited.class).get(0).exitCode());
    }

    @Test
    void aProbeSlowerThanItsPeriodHoldsOneTickAndDropsTheRest() {
        ProbeSpec slow = new ProbeSpec(0, 2 * S, 5 * S, 1, 3); // timeoutSeconds 5 > periodSeconds 2
        WebPods stuck = new WebPods(t -> t < 20 * S ? ProbeOutcome.pass() : ProbeOutcome.noAnswer());
        Run run = run(stuck, slow, 60 * S);
        List<Long> asked = stuck.askedNanos.stream().filter(t -> t >= 20 * S).toList();
        // each probe blocks the worker for 5 s; the tick held meanwhile probes as soon as it times out
        assertEquals(asked.get(0) + slow.timeoutNanos(), asked.get(1));
        assertEquals(asked.get(1) + slow.timeoutNanos(), asked.get(2));
        List<ProbeFailed> failed = webFailures(run);
        assertEquals(asked.get(0) + slow.timeoutNanos(), failed.get(0).timeNanos());
        assertEquals(asked.get(2) + slow.timeoutNanos(), failed.get(2).timeNanos());
        assertEquals(3, failed.get(2).consecutiveFailures());
        assertEquals(failed.get(2).timeNanos() + KubeParams.defaults().containerStopNanos(),
                run.of(ContainerExited.class).get(0).timeNanos());
    }

    @Test
    void aKubeletThatFailsWhileAProbeWaitsForItsAnswerProbesAgainAfterRecovering() {
        WebPods slow = new WebPods(t -> ProbeOutcome.passAfter(LIVENESS.timeoutNanos()));
        Run run = run(slow, 40 * S);
        long lastAskedNanos = slow.askedNanos.get(slow.askedNanos.size() - 1);
        run.kernel.runUntil(lastAskedNanos + S); // the answer is due at + 2 s
        run.cluster.failNode("node-1");
        run.runFor(20 * S);
        long recoveredNanos = run.kernel.now();
        run.cluster.recoverNode("node-1");
        run.runFor(20 * S);
        List<Long> afterRecovery = slow.askedNanos.stream().filter(t -> t >= recoveredNanos).toList();
        assertTrue(afterRecovery.size() >= 5, "probes after recovery at " + afterRecovery);
        assertEquals(List.of(), run.of(ProbeFailed.class));
    }

    @Test
    void anExitTheBehaviourPlansEndsTheContainerAndTheKubeletRestartsIt() {
        WebPods oom = new WebPods(t -> ProbeOutcome.pass());
        oom.exit = new ContainerExit(20 * S, 137, "OOMKilled");
        Run run = run(oom, 120 * S);
        List<ContainerExited> exits = run.of(ContainerExited.class);
        assertEquals(1, exits.size(), "only the first instance is planned to exit: " + exits);
        assertEquals("OOMKilled", exits.get(0).reason());
        assertEquals(137, exits.get(0).exitCode());
        assertEquals(1, run.of(ContainerRestarted.class).size());
        assertEquals(List.of(), run.of(ProbeFailed.class));
    }
}
