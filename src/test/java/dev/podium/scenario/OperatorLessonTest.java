package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.custom.event.CustomObjectConditionChanged;
import dev.podium.world.kube.custom.event.CustomObjectCreated;
import dev.podium.world.kube.custom.event.CustomObjectDeleted;
import dev.podium.world.kube.custom.event.CustomObjectDeletionRequested;
import dev.podium.world.kube.custom.event.CustomResourceDefinitionCreated;
import dev.podium.world.kube.custom.event.GarbageCollectorDeleted;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.WorkqueueDelayed;
import dev.podium.world.kube.event.WorkqueueRequeued;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs operator-dbinstance.yaml to its end and checks what its narration claims, at the times it claims it. */
class OperatorLessonTest {
    private static final long S = 1_000_000_000L;

    private static <T> List<T> all(List<WorldEvent> events, Class<T> type) {
        List<T> out = new ArrayList<>();
        events.stream().filter(type::isInstance).forEach(e -> out.add(type.cast(e)));
        return out;
    }

    private static <T extends WorldEvent> T first(List<WorldEvent> events, Class<T> type,
            java.util.function.Predicate<T> test) {
        return all(events, type).stream().filter(test).findFirst().orElseThrow(() -> new AssertionError(
                "no " + type.getSimpleName()));
    }

    @Test
    void lessonPlaysAsItsNarrationSays() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("operator-dbinstance.yaml"));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        List<WorldEvent> events = run.timeline().events();
        // 0 s: CRD registered, finalizer + Requeue, two errors retried after 5 ms then 10 ms.
        first(events, CustomResourceDefinitionCreated.class, c -> c.kind().equals("DBInstance")
                && c.apiVersion().equals("example.com/v1") && c.plural().equals("dbinstances"));
        List<ReconcileFinished> op = all(events, ReconcileFinished.class).stream()
                .filter(r -> r.controller().equals("dbinstance-operator")).toList();
        assertEquals("addFinalizer:1", op.get(0).action());
        assertEquals("dial tcp 10.0.0.5:5432: connection refused", op.get(1).error());
        assertEquals("dial tcp 10.0.0.5:5432: connection refused", op.get(2).error());
        List<Long> delays = all(events, WorkqueueRequeued.class).stream()
                .filter(r -> r.controller().equals("dbinstance-operator") && r.timeNanos() < S)
                .map(WorkqueueRequeued::delayNanos).toList();
        assertEquals(List.of(5_000_000L, 10_000_000L, 20_000_000L), delays, "requeue, then two errors, back-off");
        // before 10 s: Secret, then orders-0; orders-1 only after orders-0 is ready.
        CustomObjectCreated secret = first(events, CustomObjectCreated.class, c -> c.kind().equals("Secret"));
        assertTrue(secret.timeNanos() < 10 * S);
        assertEquals("data.password=16 data.username=16", secret.summary(), "sizes, never values");
        long ready0 = first(events, PodPhaseChanged.class, p -> p.pod().equals("default/orders-0") && p.ready())
                .timeNanos();
        long created1 = first(events, PodCreated.class, p -> p.pod().equals("default/orders-1")).timeNanos();
        assertTrue(created1 > ready0 && ready0 < 10 * S, "ordered: " + ready0 + " < " + created1);
        // before 40 s: Ready=True and a RequeueAfter of 30 s.
        CustomObjectConditionChanged ready = first(events, CustomObjectConditionChanged.class,
                c -> c.status().equals("True"));
        assertTrue(ready.timeNanos() < 40 * S && ready.reason().equals("AllReplicasReady"));
        first(events, WorkqueueDelayed.class, d -> d.controller().equals("dbinstance-operator")
                && d.delayNanos() == 30 * S);
        // 60 s: deleted but kept by the finalizer; backup 8 s; gone and collected before 70 s.
        CustomObjectDeletionRequested del = first(events, CustomObjectDeletionRequested.class, d -> true);
        assertEquals(List.of("example.com/backup"), del.finalizers());
        long gone = first(events, CustomObjectDeleted.class, d -> d.kind().equals("DBInstance")).timeNanos();
        assertTrue(gone >= 68 * S && gone < 70 * S, "backup of 8 s: " + gone);
        assertEquals(4, all(events, GarbageCollectorDeleted.class).size());
        assertTrue(all(events, GarbageCollectorDeleted.class).stream().allMatch(g -> g.timeNanos() < 70 * S));
        assertEquals(2, all(events, PodDeleted.class).stream().filter(p -> p.pod().startsWith("default/orders-"))
                .count());
    }
}
