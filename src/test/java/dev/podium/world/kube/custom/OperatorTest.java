package dev.podium.world.kube.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.api.CustomObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.custom.event.CustomObjectDeletionRequested;
import dev.podium.world.kube.custom.event.GarbageCollectorDeleted;
import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.WorkqueueDelayed;
import dev.podium.world.kube.event.WorkqueueRequeued;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorTest {
    static final String NODES = String.join("\n",
            "apiVersion: v1",
            "kind: Node",
            "metadata: {name: node-1}",
            "status: {allocatable: {cpu: '4', memory: 8Gi}}",
            "---",
            "");
    static final String OPERATOR = String.join("\n",
            "---",
            "apiVersion: podium.dev/v1",
            "kind: Operator",
            "metadata: {name: dbinstance-operator}",
            "spec:",
            "  watches: {apiVersion: example.com/v1, kind: DBInstance}",
            "  replicasFrom: spec.replicas",
            "  finalizer: example.com/backup",
            "  cleanup: 5s",
            "  failFirst: 2",
            "  requeueAfter: 30s",
            "  service: {port: 5432}",
            "  secret: {keys: [username, password]}",
            "  template:",
            "    metadata: {labels: {app: db}}",
            "    spec:",
            "      containers:",
            "        - name: postgres",
            "          image: postgres:16",
            "          resources: {requests: {cpu: 250m, memory: 256Mi}}",
            "");
    static final String ALL = NODES + CustomResourcesTest.CRD + OPERATOR;

    @Test
    void operatorFailsTwiceWithBackOffThenCreatesOwnedObjectsInOrderAndReportsReady() throws Exception {
        CustomRun run = new CustomRun(ALL);
        run.runUntilSeconds(60);
        List<WorldEvent> events = run.timeline.events();
        List<ReconcileFinished> ours = events.stream().filter(e -> e instanceof ReconcileFinished r
                && r.controller().equals("dbinstance-operator")).map(e -> (ReconcileFinished) e).toList();
        assertEquals("addFinalizer:1", ours.get(0).action());
        assertEquals("backend not reachable yet", ours.get(1).error());
        assertEquals("backend not reachable yet", ours.get(2).error());
        assertTrue(events.stream().filter(e -> e instanceof WorkqueueRequeued r
                && r.controller().equals("dbinstance-operator")).count() >= 3, "requeue + two errors, rate-limited");
        CustomObject db = (CustomObject) run.cluster.api().get(Kind.CUSTOM, "shop/orders");
        assertEquals(List.of("example.com/backup"), db.finalizers());
        assertEquals("True", db.condition("Ready").status());
        assertNotNull(run.cluster.api().get(Kind.SECRET, "shop/orders-credentials"));
        assertNotNull(run.cluster.api().get(Kind.SERVICE, "shop/orders"));
        assertTrue(run.cluster.api().pod("shop/orders-0").ready());
        assertTrue(run.cluster.api().pod("shop/orders-1").ready());
        assertTrue(run.cluster.api().pod("shop/orders-1").createdNanos()
                > run.cluster.api().pod("shop/orders-0").readySinceNanos(), "orders-1 waits for orders-0 Ready");
        assertEquals("DBInstance", run.cluster.api().owner(Kind.POD, "shop/orders-0").ownerKind());
        assertTrue(events.stream().anyMatch(e -> e instanceof WorkqueueDelayed d
                && d.controller().equals("dbinstance-operator")), "requeueAfter 30s once Ready");
        assertTrue(run.state().custom().object("DBInstance", "shop/orders").conditions()
                .contains("Ready=True (AllReplicasReady)"));
    }

    @Test
    void backgroundDeleteWaitsForTheFinalizerThenCollectsDependents() throws Exception {
        CustomRun run = new CustomRun(ALL);
        run.runUntilSeconds(60);
        run.cluster.deleteObject("orders", "Background");
        run.runUntilSeconds(62);
        CustomObject db = (CustomObject) run.cluster.api().get(Kind.CUSTOM, "shop/orders");
        assertNotNull(db, "the finalizer holds the object");
        assertTrue(db.deleting());
        run.runUntilSeconds(70);
        assertNull(run.cluster.api().get(Kind.CUSTOM, "shop/orders"));
        run.runUntilSeconds(110);
        assertNull(run.cluster.api().pod("shop/orders-0"));
        assertNull(run.cluster.api().get(Kind.SECRET, "shop/orders-credentials"));
        assertNull(run.cluster.api().get(Kind.SERVICE, "shop/orders"));
        assertEquals(4, run.timeline.events().stream().filter(e -> e instanceof GarbageCollectorDeleted g
                && g.propagation().equals("Background")).count());
    }

    @Test
    void foregroundDeleteKeepsTheOwnerUntilBlockingDependentsAreGone() throws Exception {
        CustomRun run = new CustomRun(ALL);
        run.runUntilSeconds(60);
        run.cluster.deleteObject("shop/orders", "Foreground");
        run.kernel.runUntil(60_300_000_000L);
        assertTrue(run.timeline.events().stream().anyMatch(e -> e instanceof CustomObjectDeletionRequested d
                && d.finalizers().equals(List.of("example.com/backup", "foregroundDeletion"))));
        CustomObject db = (CustomObject) run.cluster.api().get(Kind.CUSTOM, "shop/orders");
        assertTrue(db.finalizers().contains("foregroundDeletion"), "the owner waits for its terminating pods");
        assertTrue(run.cluster.api().pod("shop/orders-0").deleting());
        run.runUntilSeconds(63);
        assertNull(run.cluster.api().pod("shop/orders-0"));
        db = (CustomObject) run.cluster.api().get(Kind.CUSTOM, "shop/orders");
        assertEquals(List.of("example.com/backup"), db.finalizers(), "pods gone: only the operator's finalizer left");
        run.runUntilSeconds(70);
        assertNull(run.cluster.api().get(Kind.CUSTOM, "shop/orders"));
        assertTrue(run.timeline.events().stream().noneMatch(e -> e instanceof ReconcileFinished r
                && r.controller().equals("dbinstance-operator") && r.timeNanos() > 60_000_000_000L
                && !r.error().isEmpty()), "a stale second clean-up pass ignores NotFound");
    }

    @Test
    void orphanDeleteLeavesDependentsWithoutOwner() throws Exception {
        CustomRun run = new CustomRun(ALL);
        run.runUntilSeconds(60);
        run.cluster.deleteObject("orders", "Orphan");
        run.runUntilSeconds(80);
        assertNull(run.cluster.api().get(Kind.CUSTOM, "shop/orders"));
        assertNotNull(run.cluster.api().pod("shop/orders-0"));
        assertFalse(run.cluster.api().pod("shop/orders-0").deleting());
        assertNull(run.cluster.api().owner(Kind.POD, "shop/orders-0"));
        assertEquals(4, run.timeline.events().stream().filter(e -> e instanceof OwnerReferenceRemoved).count());
    }
}
