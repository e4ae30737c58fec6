package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.world.kube.event.ImagePullStarted;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeCordoned;
import dev.podium.world.kube.event.NodeTainted;
import dev.podium.world.kube.event.NodeUntainted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.ProbeFailed;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** What each kind's differ emits, and only that. */
class DifferTest {

    private static List<WorldEvent> emit(java.util.function.Consumer<List<LongFunction<WorldEvent>>> differ) {
        List<LongFunction<WorldEvent>> out = new ArrayList<>();
        differ.accept(out);
        return out.stream().map(f -> f.apply(7)).toList();
    }

    private static PodRecord pod(String node, String phase, String status, boolean ready, boolean terminating) {
        return new PodRecord("ns/p", "ns/rs", node, phase, status, ready, ready ? 1 : 0, 1, 0, 100, 1 << 20, "img",
                terminating, 30_000_000_000L, "");
    }

    @Test
    void aPodIsScheduledThenTerminatingThenItsStatusChanges() {
        PodDiffer differ = new PodDiffer();
        assertEquals(List.of(new PodScheduled(7, "ns/p", "node-a", 0, 0, 0),
                new PodPhaseChanged(7, "ns/p", "Pending", "ContainerCreating", false, 0, 1, 0)),
                emit(out -> differ.changed(pod("", "Pending", "Pending", false, false),
                        pod("node-a", "Pending", "ContainerCreating", false, false), out)));
        assertEquals(List.of(new PodTerminating(7, "ns/p", 30_000_000_000L, "Deleted")),
                emit(out -> differ.changed(pod("node-a", "Running", "Running", true, false),
                        pod("node-a", "Running", "Terminating", true, true), out)), "Terminating needs no phase event");
        assertEquals(List.of(), emit(out -> differ.changed(pod("node-a", "Running", "Running", true, false),
                pod("node-a", "Running", "Running", true, false), out)));
    }

    @Test
    void nodeReadinessCordonAndTaintsAreDiffed() {
        NodeRecord before = new NodeRecord("n", 4000, 1 << 30, 110, "True", "KubeletReady", false,
                List.of("a=:NoSchedule"));
        NodeRecord after = new NodeRecord("n", 4000, 1 << 30, 110, "Unknown", "NodeStatusUnknown", true,
                List.of("node.kubernetes.io/unreachable=:NoExecute"));
        assertEquals(List.of(new NodeConditionChanged(7, "n", "Unknown", "NodeStatusUnknown"),
                new NodeCordoned(7, "n", true), new NodeUntainted(7, "n", "a=:NoSchedule"),
                new NodeTainted(7, "n", "node.kubernetes.io/unreachable=:NoExecute")),
                emit(out -> new NodeDiffer().changed(before, after, out)));
    }

    @Test
    void kubeletEventsBecomeWorldEventsWithoutTheirMessage() {
        Event pulling = new EventBuilder().withNewMetadata().withName("p.1").withNamespace("ns").endMetadata()
                .withReason("Pulling").withMessage("Pulling image \"nginx:1.27\"").withCount(1).withNewSource()
                .withHost("node-a").endSource().withNewInvolvedObject().withKind("Pod").withNamespace("ns")
                .withName("p").withFieldPath("spec.containers{web}").endInvolvedObject().build();
        ClusterEventRecord record = new ClusterEventDiffer(new ValuePool()).record(pulling);
        assertEquals(new ClusterEventRecord("ns/p.1", "Pulling", "ns/p", "web", "node-a", "nginx:1.27", "", 1),
                record);
        assertEquals(List.of(new ImagePullStarted(7, "node-a", "ns/p", "nginx:1.27")),
                emit(out -> new ClusterEventDiffer(new ValuePool()).added(record, out)));

        Event unhealthy = new EventBuilder(pulling).withReason("Unhealthy").withCount(3)
                .withMessage("Liveness probe failed: HTTP probe failed with statuscode: 500").build();
        ClusterEventDiffer events = new ClusterEventDiffer(new ValuePool());
        ClusterEventRecord twice = events.record(new EventBuilder(unhealthy).withCount(2).build());
        assertEquals(List.of(new ProbeFailed(7, "ns/p", "web", "liveness", 3, 0)),
                emit(out -> events.changed(twice, events.record(unhealthy), out)));
        assertEquals(List.of(), emit(out -> new ClusterEventDiffer(new ValuePool()).changed(twice, twice, out)));
    }
}
