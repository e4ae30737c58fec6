package dev.podium.live.informer;

import static dev.podium.live.informer.ScriptedApi.event;
import static dev.podium.live.informer.ScriptedApi.gone;
import static dev.podium.live.informer.ScriptedApi.list;
import static dev.podium.live.informer.ScriptedApi.quietWatch;
import static dev.podium.live.informer.ScriptedApi.status;
import static dev.podium.live.informer.ScriptedApi.watch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.state.PodView;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session against a scripted API server: RBAC that forbids cluster-wide lists, a watch that expires (410 Gone)
 * while objects come and go, a watch the server keeps closing.
 */
class LiveResilienceTest {

    static final Duration WAIT = Duration.ofSeconds(60); // an upper bound: the poll returns as soon as it holds
    static final String ALL_PODS = "/api/v1/pods";
    static final String DEFAULT_PODS = "/api/v1/namespaces/default/pods";

    @TempDir
    Path dir;

    private final ScriptedApi api = new ScriptedApi();
    private MockCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    static Pod pod(String name, String rv, String phase) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").withResourceVersion(rv)
                .endMetadata().withNewSpec().withNodeName("node-a").addNewContainer().withName("app")
                .withImage("busybox").endContainer().endSpec().withNewStatus().withPhase(phase).endStatus().build();
    }

    private LiveHarness start(LiveOptions options) throws Exception {
        cluster = MockCluster.scripted(dir, api);
        LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
        return new LiveHarness(LiveSession.start(live, options));
    }

    private static Set<String> pods(LiveHarness h) {
        return h.state.pods().stream().map(PodView::key).collect(Collectors.toSet());
    }

    @Test
    void aForbiddenClusterWideListFallsBackToTheContextNamespace() throws Exception {
        for (String path : List.of(ALL_PODS, "/apis/apps/v1/deployments", "/apis/apps/v1/replicasets",
                "/apis/autoscaling/v2/horizontalpodautoscalers", "/api/v1/events", "/api/v1/nodes")) {
            api.onList(path, r -> status(403, "Forbidden", "pods is forbidden: User \"dev\" cannot list resource "
                    + "at the cluster scope"));
        }
        api.onList(DEFAULT_PODS, r -> list(List.of(pod("web-1", "5", "Running"), pod("web-2", "6", "Pending")),
                "7"));
        api.onWatch(DEFAULT_PODS, r -> quietWatch());
        LiveHarness h = start(LiveOptions.allNamespaces());
        try (LiveSession session = h.session) {
            h.awaitState(s -> s.podCount() == 2, WAIT, "the pods of the context namespace");
            h.awaitTrue(() -> session.status().informers().size() == LiveSession.INFORMERS + 5, WAIT, "five fallbacks");
            LiveStatus status = session.status();
            List<InformerStatus> pods = status.informers().stream()
                    .filter(i -> i.informer().equals("podium/pods")).toList();
            assertEquals(InformerState.FORBIDDEN, pods.get(0).state());
            assertEquals("all namespaces", pods.get(0).scope());
            assertEquals("HTTP 403: pods is forbidden: User \"dev\" cannot list resource at the cluster scope",
                    pods.get(0).message());
            assertEquals("namespace default", pods.get(1).scope());
            h.awaitTrue(() -> session.status().informer("podium/pods").orElseThrow().state()
                    == InformerState.WATCHING, WAIT, "the fallback watching");
            assertEquals(InformerState.FORBIDDEN, status.informer("podium/nodes").orElseThrow().state());
            assertEquals("Running", h.state.pod("default/web-1").phase());
            assertEquals(1, api.requests(ALL_PODS, false).size(), "no retry loop on a 403");
        }
    }

    @Test
    void aWatchThatExpiresRelistsWithNoPhantomAndNoLostPods() throws Exception {
        api.onList(ALL_PODS, r -> list(List.of(pod("a", "10", "Running"), pod("b", "10", "Running"),
                pod("c", "10", "Pending")), "10"));
        // While our watch is gone, a is deleted, c starts running, d (seen on the watch) stays and e appears.
        api.onList(ALL_PODS, r -> list(List.of(pod("b", "10", "Running"), pod("c", "19", "Running"),
                pod("d", "11", "Pending"), pod("e", "18", "Pending")), "20"));
        api.onWatch(ALL_PODS, r -> watch(List.of(event("ADDED", pod("d", "11", "Pending")), gone()), false));
        api.onWatch(ALL_PODS, r -> quietWatch());
        LiveHarness h = start(LiveOptions.allNamespaces().withWatchSampleEvery(1));
        try (LiveSession session = h.session) {
            h.awaitTrue(() -> h.events(InformerListed.class).stream()
                    .filter(l -> l.informer().equals("podium/pods")).count() == 2, WAIT, "the relist");
            assertEquals(Set.of("default/b", "default/c", "default/d", "default/e"), pods(h));
            assertEquals("Running", h.state.pod("default/c").phase());
            assertEquals(List.of("default/a"), h.events(PodDeleted.class).stream().map(PodDeleted::pod).toList());
            assertTrue(h.events(WatchDropped.class).stream().anyMatch(d -> d.informer().equals("podium/pods")),
                    "the dropped watch is on the timeline");
            InformerListed relist = h.events(InformerListed.class).stream()
                    .filter(l -> l.informer().equals("podium/pods")).reduce((x, y) -> y).orElseThrow();
            assertEquals(4, relist.items());
            assertEquals(20, relist.resourceVersion());
            h.awaitTrue(() -> session.status().informer("podium/pods").orElseThrow().state()
                    == InformerState.WATCHING, WAIT, "watching again");
            assertEquals(2, api.requests(ALL_PODS, false).size());
        }
    }

    @Test
    void aWatchTheServerKeepsClosingIsReopenedWithBackOff() throws Exception {
        api.onList(ALL_PODS, r -> list(List.of(pod("a", "10", "Running")), "10"));
        api.onWatch(ALL_PODS, r -> watch(List.of(), true));
        api.onWatch(ALL_PODS, r -> watch(List.of(), true));
        api.onWatch(ALL_PODS, r -> watch(List.of(event("ADDED", pod("b", "12", "Running"))), false));
        LiveHarness h = start(LiveOptions.allNamespaces());
        try (LiveSession session = h.session) {
            h.awaitState(s -> s.pod("default/b") != null, WAIT, "the pod sent on the third watch");
            List<ScriptedApi.Seen> watches = api.requests(ALL_PODS, true);
            assertEquals(3, watches.size(), watches.toString());
            for (int i = 1; i < watches.size(); i++) {
                long gapMillis = (watches.get(i).atNanos() - watches.get(i - 1).atNanos()) / 1_000_000;
                assertTrue(gapMillis >= 200, "reconnect " + i + " after " + gapMillis + " ms: a hot loop");
            }
            // fabric8 8 relists after a closed watch; the relist changes nothing here, so nothing is re-emitted.
            assertEquals(3, api.requests(ALL_PODS, false).size());
            assertEquals(Set.of("default/a", "default/b"), pods(h));
            assertTrue(h.events(PodDeleted.class).isEmpty());
            assertEquals(2, h.events(WatchDropped.class).stream().filter(d -> d.informer().equals("podium/pods"))
                    .count());
            System.out.println("watch reconnect gaps (ms): " + watches.stream().map(w -> (w.atNanos()
                    - watches.get(0).atNanos()) / 1_000_000).toList());
        }
    }

    @Test
    void aFailingRelistIsRetriedWithGrowingBackOffAndReported() throws Exception {
        api.onList(ALL_PODS, r -> list(List.of(pod("a", "10", "Running")), "10"));
        api.onList(ALL_PODS, r -> status(500, "InternalError", "etcdserver: request timed out"));
        api.onList(ALL_PODS, r -> status(500, "InternalError", "etcdserver: request timed out"));
        api.onList(ALL_PODS, r -> list(List.of(pod("a", "10", "Running"), pod("b", "12", "Running")), "12"));
        api.onWatch(ALL_PODS, r -> watch(List.of(), true));
        api.onWatch(ALL_PODS, r -> quietWatch());
        LiveHarness h = start(LiveOptions.allNamespaces());
        try (LiveSession session = h.session) {
            h.awaitState(s -> s.pod("default/b") != null, WAIT, "the pod of the list that succeeded");
            List<ScriptedApi.Seen> lists = api.requests(ALL_PODS, false);
            assertEquals(4, lists.size(), lists.toString());
            long first = (lists.get(2).atNanos() - lists.get(1).atNanos()) / 1_000_000;
            long second = (lists.get(3).atNanos() - lists.get(2).atNanos()) / 1_000_000;
            assertTrue(first >= 500 && second > first, "back-off between failed lists: " + first + " then " + second
                    + " ms");
            List<WatchDropped> drops = h.events(WatchDropped.class).stream()
                    .filter(d -> d.informer().equals("podium/pods")).toList();
            assertEquals(1, drops.size(), "one drop per outage: " + drops);
            h.awaitTrue(() -> session.status().informer("podium/pods").orElseThrow().state()
                    == InformerState.WATCHING, WAIT, "watching again");
            assertEquals(Set.of("default/a", "default/b"), pods(h));
        }
    }
}
