package dev.podium.world.kube;

import static dev.podium.world.kube.Fixtures.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.api.Deployment;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.ReplicaSet;
import dev.podium.world.kube.custom.event.BuiltinDeletionRequested;
import dev.podium.world.kube.custom.event.BuiltinFinalizersChanged;
import dev.podium.world.kube.custom.event.GarbageCollectorDeleted;
import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.ReplicaSetDeleted;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.PodTemplate;
import dev.podium.world.kube.spec.ReplicaSetManifest;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kubectl delete --cascade=foreground and --cascade=orphan of a Deployment and of a ReplicaSet: which object goes
 * when, who waits for whom, and what keeps running.
 */
class CascadeDeleteTest {
    private static final long MS = S / 1000;
    private static final long WRITE = KubeParams.defaults().apiWriteNanos();

    private static KubeState fold(Run run, long upToNanos) {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        run.events.stream().filter(e -> e.timeNanos() <= upToNanos).forEach(e -> p.apply(s, e));
        return s;
    }

    private static long last(List<? extends WorldEvent> events) {
        return events.stream().mapToLong(WorldEvent::timeNanos).max().orElseThrow();
    }

    private static <T extends WorldEvent> List<T> after(Run run, Class<T> type, long t) {
        return run.of(type).stream().filter(e -> e.timeNanos() >= t).toList();
    }

    private static Run deployment() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(2), Fixtures.deployment("web", 3, 100)));
        run.runFor(30 * S);
        assertEquals(3, run.readyPods("web-"));
        return run;
    }

    private static Run replicaSet() {
        Map<String, String> labels = Map.of("app", "cache");
        Run run = new Run(Fixtures.concat(Fixtures.nodes(2), new ReplicaSetManifest(
                new ObjectMeta("default", "cache", labels), 2, labels, new PodTemplate(labels,
                        Fixtures.spec(Fixtures.container("redis", "redis:7", 100))))));
        run.runFor(30 * S);
        assertEquals(2, run.readyPods("cache-"));
        return run;
    }

    @Test
    void foregroundDeploymentWaitsForItsReplicaSetWhichWaitsForItsPods() {
        Run run = deployment();
        long t0 = run.kernel.now();
        run.cluster.delete("deployment", "web", "foreground");
        run.runFor(200 * MS); // the pods are terminating (their containers stop about 0.5 s after SIGTERM)
        BuiltinDeletionRequested marked = run.of(BuiltinDeletionRequested.class).get(0);
        assertEquals("Deployment", marked.kind());
        assertEquals(List.of("foregroundDeletion"), marked.finalizers());
        assertEquals(t0 + WRITE, marked.timeNanos(), "the API server marks it one write after kubectl's request");
        Deployment held = (Deployment) run.cluster.api().get(Kind.DEPLOYMENT, "default/web");
        assertNotNull(held, "the owner stays, visible, while its dependents go");
        assertTrue(held.deletion().marked());

        GarbageCollectorDeleted rsDeleted = run.of(GarbageCollectorDeleted.class).get(0);
        assertEquals("ReplicaSet", rsDeleted.kind());
        assertEquals("Foreground", rsDeleted.propagation());
        BuiltinDeletionRequested rsMarked = run.of(BuiltinDeletionRequested.class).get(1);
        assertEquals("ReplicaSet", rsMarked.kind());
        assertEquals("Foreground", rsMarked.propagation(), "a dependent with dependents is deleted in the foreground");
        assertEquals(3, run.of(PodTerminating.class).size());
        assertTrue(run.of(PodTerminating.class).stream().allMatch(p -> p.timeNanos() > rsMarked.timeNanos()));

        KubeState during = fold(run, run.kernel.now());
        assertNotNull(during.deployment("default/web"), "kubectl get still shows the Deployment");
        assertEquals(List.of("foregroundDeletion"), during.custom().deletion("Deployment", "default/web")
                .finalizers());
        assertNotNull(during.custom().deletion("ReplicaSet", rsMarked.object()));

        run.runFor(60 * S);
        long podsGone = last(run.of(PodDeleted.class));
        assertEquals(3, run.of(PodDeleted.class).size());
        long rsReleased = run.of(BuiltinFinalizersChanged.class).stream()
                .filter(f -> f.kind().equals("ReplicaSet")).findFirst().orElseThrow().timeNanos();
        long rsGone = run.of(ReplicaSetDeleted.class).get(0).timeNanos();
        long deploymentGone = run.of(DeploymentDeleted.class).get(0).timeNanos();
        assertTrue(rsReleased > podsGone && rsReleased < podsGone + 10 * MS, "released after the last pod: "
                + podsGone + " → " + rsReleased);
        assertEquals(rsReleased, rsGone, "with no finalizer left the API server removes it at once");
        assertTrue(deploymentGone > rsGone && deploymentGone < rsGone + 10 * MS, rsGone + " → " + deploymentGone);
        assertTrue(after(run, DeploymentStatusUpdated.class, t0).stream().anyMatch(d -> d.readyReplicas() == 0
                && d.timeNanos() < deploymentGone), "a Deployment being deleted still syncs its status");
        assertEquals(0, after(run, PodCreated.class, t0).size(), "the ReplicaSet replaced none of its pods");
        assertEquals(0, after(run, ReplicaSetCreated.class, t0).size(), "the Deployment recreated nothing");
        KubeState end = fold(run, run.kernel.now());
        assertNull(end.deployment("default/web"));
        assertNull(end.custom().deletion("Deployment", "default/web"));
        assertEquals(0, end.replicaSets().size());
    }

    @Test
    void orphanDeploymentLeavesItsReplicaSetAndPodsRunning() {
        Run run = deployment();
        long t0 = run.kernel.now();
        run.cluster.delete("deployment", "web", "orphan");
        run.runFor(1 * S);
        assertEquals(List.of("orphan"), run.of(BuiltinDeletionRequested.class).get(0).finalizers());
        OwnerReferenceRemoved orphaned = run.of(OwnerReferenceRemoved.class).get(0);
        assertEquals("ReplicaSet", orphaned.kind());
        assertEquals("default/web", orphaned.owner());
        long gone = run.of(DeploymentDeleted.class).get(0).timeNanos();
        assertTrue(gone > orphaned.timeNanos() && gone < t0 + 10 * MS, "orphaned, then released: " + gone);
        ReplicaSet rs = (ReplicaSet) run.cluster.api().get(Kind.REPLICASET, orphaned.object());
        assertEquals("", rs.owner());

        run.runFor(60 * S);
        assertEquals(0, run.of(GarbageCollectorDeleted.class).size());
        assertEquals(0, run.of(PodTerminating.class).size());
        assertEquals(3, run.readyPods("web-"), "the orphaned ReplicaSet keeps its pods");
        run.cluster.deletePod(run.pods().get(0).name());
        run.runFor(30 * S);
        assertEquals(3, run.readyPods("web-"), "and its controller still replaces a lost one");
        KubeState end = fold(run, run.kernel.now());
        assertNull(end.deployment("default/web"));
        assertEquals("", end.replicaSet(orphaned.object()).deployment(), "listed on its own");
    }

    @Test
    void foregroundReplicaSetStaysUntilItsPodsAreGoneAndReplacesNone() {
        Run run = replicaSet();
        long t0 = run.kernel.now();
        run.cluster.delete("replicaset", "cache", "foreground");
        run.runFor(200 * MS);
        assertEquals("ReplicaSet", run.of(BuiltinDeletionRequested.class).get(0).kind());
        assertEquals(2, run.of(GarbageCollectorDeleted.class).size());
        assertTrue(run.of(GarbageCollectorDeleted.class).stream().allMatch(g -> g.kind().equals("Pod")
                && g.owner().equals("ReplicaSet default/cache") && g.propagation().equals("Foreground")));
        assertNotNull(run.cluster.api().get(Kind.REPLICASET, "default/cache"));
        run.runFor(60 * S);
        long podsGone = last(run.of(PodDeleted.class));
        long rsGone = run.of(ReplicaSetDeleted.class).get(0).timeNanos();
        assertTrue(rsGone > podsGone && rsGone < podsGone + 10 * MS, podsGone + " → " + rsGone);
        assertEquals(0, after(run, PodCreated.class, t0).size());
        assertEquals(0, run.pods().size());
    }

    @Test
    void orphanReplicaSetLeavesItsPodsRunningWithoutAnOwner() {
        Run run = replicaSet();
        run.cluster.delete("replicaset", "cache", "orphan");
        run.runFor(1 * S);
        assertEquals(2, run.of(OwnerReferenceRemoved.class).size());
        assertTrue(run.of(OwnerReferenceRemoved.class).stream().allMatch(o -> o.kind().equals("Pod")));
        long gone = run.of(ReplicaSetDeleted.class).get(0).timeNanos();
        assertTrue(gone > last(run.of(OwnerReferenceRemoved.class)));
        run.runFor(60 * S);
        assertEquals(2, run.readyPods("cache-"));
        assertTrue(run.pods().stream().map(Pod::owner).allMatch(String::isEmpty));
        assertEquals(0, run.of(PodTerminating.class).size());
        KubeState end = fold(run, run.kernel.now());
        assertTrue(end.pods().stream().allMatch(p -> p.owner().isEmpty()), "the views show no owner");
    }

    @Test
    void foregroundOrOrphanOfAnotherKindIsRefused() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(1), Fixtures.deployment("web", 1, 100),
                Fixtures.service("web", "web")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run.cluster.delete("service", "web", "foreground"));
        assertEquals("cascade foreground is simulated for deployment and replicaset only, not service",
                e.getMessage());
    }
}
