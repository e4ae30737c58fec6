package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.custom.event.BuiltinDeletionRequested;
import dev.podium.world.kube.custom.event.CustomObjectDeleted;
import dev.podium.world.kube.custom.event.CustomObjectDeletionRequested;
import dev.podium.world.kube.custom.event.CustomObjectFinalizersChanged;
import dev.podium.world.kube.custom.event.GarbageCollectorDeleted;
import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.ReplicaSetDeleted;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Runs deletion-garbage-collection.yaml and checks what its narration claims, at the times it claims it. */
class DeletionLessonTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = S / 1000;

    private static <T> List<T> all(List<WorldEvent> events, Class<T> type, Predicate<T> test) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(test).toList();
    }

    private static <T> long at(List<WorldEvent> events, Class<T> type, Predicate<T> test) {
        return ((WorldEvent) all(events, type, test).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName()))).timeNanos();
    }

    @Test
    void lessonPlaysAsItsNarrationSays() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("deletion-garbage-collection.yaml"));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        List<WorldEvent> events = run.timeline().events();
        // 20 s: everything Ready (3 web pods, 2 api, 2 worker, 2 per DBInstance), both DBInstances hold the finalizer.
        assertEquals(11, all(events, PodPhaseChanged.class, p -> p.ready() && p.timeNanos() < 20 * S).size());
        assertEquals(2, all(events, CustomObjectFinalizersChanged.class, f -> f.timeNanos() < 20 * S
                && f.finalizers().equals(List.of("example.com/backup"))).size());

        // 30 s, Background: the Deployment goes first, then its ReplicaSet, then the pods; all about half a second later.
        long deployment = at(events, DeploymentDeleted.class, d -> d.deployment().equals("default/web"));
        long replicaSet = at(events, ReplicaSetDeleted.class, r -> true);
        List<GarbageCollectorDeleted> webPods = all(events, GarbageCollectorDeleted.class,
                g -> g.kind().equals("Pod") && g.object().startsWith("default/web-"));
        assertEquals(3, webPods.size());
        assertTrue(webPods.stream().allMatch(g -> g.owner().startsWith("ReplicaSet ")
                && g.propagation().equals("Background") && g.timeNanos() > replicaSet));
        assertTrue(deployment >= 30 * S && deployment < replicaSet, deployment + " then " + replicaSet);
        long webGone = all(events, PodDeleted.class, p -> p.pod().startsWith("default/web-")).stream()
                .mapToLong(WorldEvent::timeNanos).max().orElseThrow();
        assertTrue(webGone < 30 * S + 6 * S / 10, "web pods gone about half a second later: " + webGone);

        // 50 s: orders marked, kept by its finalizer for the 8 s backup, gone at 58 s; dependents collected after.
        CustomObjectDeletionRequested orders = all(events, CustomObjectDeletionRequested.class,
                d -> d.object().equals("default/orders")).get(0);
        assertEquals(List.of("example.com/backup"), orders.finalizers());
        long ordersGone = at(events, CustomObjectDeleted.class, d -> d.object().equals("default/orders"));
        assertTrue(ordersGone >= 58 * S && ordersGone < 59 * S, "backup of 8 s: " + ordersGone);
        List<GarbageCollectorDeleted> ordersDeps = all(events, GarbageCollectorDeleted.class,
                g -> g.owner().equals("default/orders"));
        assertEquals(4, ordersDeps.size(), "Secret, Service and two pods");
        assertTrue(ordersDeps.stream().allMatch(g -> g.timeNanos() > ordersGone && g.timeNanos() < 60 * S));

        // 75 s, Foreground: the dependents go first, foregroundDeletion is removed, the owner waits for the backup.
        CustomObjectDeletionRequested reports = all(events, CustomObjectDeletionRequested.class,
                d -> d.object().equals("default/reports")).get(0);
        assertEquals(List.of("example.com/backup", "foregroundDeletion"), reports.finalizers());
        assertTrue(all(events, GarbageCollectorDeleted.class, g -> g.owner().equals("default/reports")).stream()
                .allMatch(g -> g.propagation().equals("Foreground") && g.timeNanos() < 76 * S));
        long podsGone = all(events, PodDeleted.class, p -> p.pod().startsWith("default/reports-")).stream()
                .mapToLong(WorldEvent::timeNanos).max().orElseThrow();
        assertTrue(podsGone > 75 * S && podsGone < 75 * S + 6 * S / 10, "pods gone at 75.5 s: " + podsGone);
        long released = at(events, CustomObjectFinalizersChanged.class, f -> f.object().equals("default/reports")
                && f.finalizers().equals(List.of("example.com/backup")) && f.timeNanos() > 75 * S);
        assertTrue(released > podsGone && released < 78 * S, "foregroundDeletion removed before 78 s: " + released);
        long reportsGone = at(events, CustomObjectDeleted.class, d -> d.object().equals("default/reports"));
        assertTrue(reportsGone >= 83 * S && reportsGone < 84 * S && reportsGone > podsGone, "at 83 s: " + reportsGone);

        // 90 s, kubectl delete deployment api --cascade=foreground: the Deployment and its ReplicaSet stay, marked,
        // while the pods run their 5 s preStop; pods gone at 95.5 s, then the ReplicaSet, the Deployment last.
        BuiltinDeletionRequested api = all(events, BuiltinDeletionRequested.class,
                d -> d.object().equals("default/api")).get(0);
        assertEquals(List.of("foregroundDeletion"), api.finalizers());
        assertTrue(api.timeNanos() > 90 * S && api.timeNanos() < 90 * S + 10 * MS);
        BuiltinDeletionRequested apiRs = all(events, BuiltinDeletionRequested.class,
                d -> d.kind().equals("ReplicaSet") && d.object().startsWith("default/api-")).get(0);
        assertEquals("Foreground", apiRs.propagation());
        long apiPodsGone = all(events, PodDeleted.class, p -> p.pod().startsWith("default/api-")).stream()
                .mapToLong(WorldEvent::timeNanos).max().orElseThrow();
        assertTrue(apiPodsGone > 95 * S && apiPodsGone < 96 * S, "after the 5 s preStop: " + apiPodsGone);
        long apiRsGone = at(events, ReplicaSetDeleted.class, r -> r.replicaSet().equals(apiRs.object()));
        long apiGone = at(events, DeploymentDeleted.class, d -> d.deployment().equals("default/api"));
        assertTrue(apiPodsGone < apiRsGone && apiRsGone < apiGone && apiGone < apiPodsGone + 10 * MS,
                apiPodsGone + " < " + apiRsGone + " < " + apiGone);
        assertTrue(all(events, PodCreated.class, p -> p.pod().startsWith("default/api-") && p.timeNanos() > 90 * S)
                .isEmpty(), "no pod replaced while its owner is being deleted");

        // 105 s, --cascade=orphan: worker goes within milliseconds; its ReplicaSet and pods stay and keep running.
        long orphaned = at(events, OwnerReferenceRemoved.class, o -> o.owner().equals("default/worker"));
        long workerGone = at(events, DeploymentDeleted.class, d -> d.deployment().equals("default/worker"));
        assertTrue(orphaned > 105 * S && orphaned < workerGone && workerGone < 105 * S + 10 * MS,
                orphaned + " then " + workerGone);
        assertTrue(all(events, ReplicaSetDeleted.class, r -> r.replicaSet().startsWith("default/worker-")).isEmpty());
        assertTrue(all(events, PodTerminating.class, p -> p.pod().startsWith("default/worker-")).isEmpty());
    }
}
