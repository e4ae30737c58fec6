package dev.podium.world.kube.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.ProbeSpec;
import dev.podium.world.kube.spec.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerBehavioursTest {
    private static final long S = ProbeSpec.SECOND;

    private static RunningContainer container(String image) {
        ContainerSpec spec = new ContainerSpec("app", image, Resources.NONE, Resources.NONE, ProbeSpec.defaults(),
                null, null, false);
        PodSpec podSpec = new PodSpec(List.of(spec), List.of(), Map.of(), List.of(), "node-1", "Always", 30 * S, 0);
        return new RunningContainer(Pod.create("default", "web-1", Map.of("app", "web"), "", podSpec, 0), spec, 0,
                5 * S);
    }

    private static ContainerBehaviour answering(ProbeOutcome outcome) {
        return (container, kind, timeNanos) -> outcome;
    }

    @Test
    void aScriptedFailureWinsOverAnAddedPass() {
        ProbeRules rules = new ProbeRules();
        ContainerBehaviours all = new ContainerBehaviours(new ScriptedBehaviour(rules, 3 * S));
        all.add(answering(ProbeOutcome.pass()));
        RunningContainer web = container("web:1");
        assertEquals(ProbeOutcome.pass(), all.probe(web, ProbeKind.LIVENESS, 10 * S));
        rules.set("web-*", "*", "liveness", true);
        assertEquals(ProbeOutcome.fail(), all.probe(web, ProbeKind.LIVENESS, 10 * S));
        assertEquals(ProbeOutcome.pass(), all.probe(web, ProbeKind.READINESS, 10 * S));
    }

    @Test
    void anAddedFailureOrDelayWinsOverAScriptedPass() {
        ContainerBehaviours all = new ContainerBehaviours(new ScriptedBehaviour(new ProbeRules(), 3 * S));
        all.add(answering(ProbeOutcome.passAfter(3 * S)));
        all.add(answering(ProbeOutcome.failAfter(S)));
        ProbeOutcome outcome = all.probe(container("web:1"), ProbeKind.LIVENESS, 10 * S);
        assertEquals(new ProbeOutcome(false, 3 * S), outcome, "unhealthy, answering when the slowest answers");
        assertEquals(ProbeOutcome.Verdict.FAILED, outcome.verdict(5 * S));
        assertEquals(ProbeOutcome.Verdict.TIMED_OUT, outcome.verdict(S));
        assertEquals(S, outcome.observedAfterNanos(S), "a timeout is observed when it expires");
    }

    @Test
    void everyBehaviourIsAskedInOrderEvenAfterAFailure() {
        List<String> asked = new ArrayList<>();
        ContainerBehaviours all = new ContainerBehaviours((c, kind, t) -> {
            asked.add("first");
            return ProbeOutcome.noAnswer();
        });
        all.add((c, kind, t) -> {
            asked.add("second at " + t + " for " + c.podKey() + "/" + c.name() + " " + kind.id());
            return ProbeOutcome.pass();
        });
        assertEquals(ProbeOutcome.noAnswer(), all.probe(container("web:1"), ProbeKind.STARTUP, 7 * S));
        assertEquals(List.of("first", "second at 7000000000 for default/web-1/app startup"), asked);
    }

    @Test
    void theSoonestExitWinsAndTheScriptedImageConventionsStay() {
        ContainerBehaviours all = new ContainerBehaviours(new ScriptedBehaviour(new ProbeRules(), 3 * S));
        assertEquals(ContainerExit.NEVER, all.nextExit(container("web:1"), 0));
        assertEquals(new ContainerExit(3 * S, 1, "Error"), all.nextExit(container("busybox:crashloop"), 0));
        assertEquals(new ContainerExit(3 * S, 0, "Completed"), all.nextExit(container("job:complete"), 0));
        ContainerExit oom = new ContainerExit(2 * S, 137, "OOMKilled");
        all.add(new ContainerBehaviour() {
            @Override
            public ProbeOutcome probe(RunningContainer container, ProbeKind kind, long timeNanos) {
                return ProbeOutcome.pass();
            }

            @Override
            public ContainerExit nextExit(RunningContainer container, long timeNanos) {
                return oom;
            }
        });
        assertEquals(oom, all.nextExit(container("busybox:crashloop"), 0));
        all.add((c, kind, t) -> ProbeOutcome.pass());
        assertEquals(oom, all.nextExit(container("web:1"), 0), "a behaviour without exits changes nothing");
    }

    @Test
    void aNullAnswerOrNegativeDurationIsRejected() {
        ContainerBehaviours all = new ContainerBehaviours((c, kind, t) -> null);
        assertThrows(NullPointerException.class, () -> all.probe(container("web:1"), ProbeKind.LIVENESS, 0));
        assertThrows(IllegalArgumentException.class, () -> all.add(null));
        assertThrows(IllegalArgumentException.class, () -> ProbeOutcome.passAfter(-1));
        assertThrows(IllegalArgumentException.class, () -> ContainerExit.after(-1, 0));
    }
}
