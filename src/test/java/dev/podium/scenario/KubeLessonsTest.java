package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ClusterActionApplied;
import dev.podium.world.kube.event.ContainerExited;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.event.HpaEvaluated;
import dev.podium.world.kube.event.HpaScaled;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeTainted;
import dev.podium.world.kube.event.PodEvicted;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodUnschedulable;
import dev.podium.world.kube.event.ProbeFailed;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.ReconcileStarted;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.event.WatchEventDelivered;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PodView;
import dev.podium.world.kube.state.ReplicaSetView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each built-in Kubernetes lesson to its end and checks that the simulation does what the narration says,
 * at the times it says it: the lessons' key claims, read from the events and from the folded {@link KubeState}.
 */
class KubeLessonsTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    /** A finished run of one built-in lesson. */
    static final class Lesson {
        final List<WorldEvent> events;

        Lesson(String fileName) throws Exception {
            ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn(fileName));
            run.runToEnd();
            assertEquals(List.of(), run.actionProblems(), fileName);
            events = run.timeline().events();
        }

        <T extends WorldEvent> List<T> all(Class<T> type) {
            List<T> out = new ArrayList<>();
            for (WorldEvent e : events) {
                if (type.isInstance(e)) {
                    out.add(type.cast(e));
                }
            }
            return out;
        }

        /** Folds the events in order, calling {@code check} after each with the state it leads to. */
        void walk(BiConsumer<WorldEvent, KubeState> check) {
            KubeProjection projection = new KubeProjection();
            KubeState state = projection.initial();
            for (WorldEvent e : events) {
                projection.apply(state, e);
                check.accept(e, state);
            }
        }

        KubeState end() {
            KubeState[] last = new KubeState[1];
            walk((e, s) -> last[0] = s);
            return last[0];
        }

        ClusterActionApplied action(String name) {
            return all(ClusterActionApplied.class).stream().filter(a -> a.action().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " action"));
        }
    }

    static List<String> kubeLessons() throws Exception {
        List<String> out = new ArrayList<>();
        for (String file : BuiltInScenarios.fileNames()) {
            if (ScenarioLoader.loadBuiltIn(file).worlds().contains("kube")) {
                out.add(file);
            }
        }
        return out;
    }

    private static long readyPods(KubeState s, String podPrefix) {
        return s.pods().stream().filter(p -> p.key().startsWith(podPrefix) && p.ready()
                && "Running".equals(p.status())).count();
    }

    @Test
    void theGalleryHasTheKubeLessons() throws Exception {
        assertEquals(List.of("deployment-self-healing.yaml", "rolling-update.yaml", "service-ingress-routing.yaml",
                "rolling-update-502s.yaml", "rolling-update-prestop.yaml", "scheduler-filter-score.yaml",
                "preemption.yaml", "topology-spread.yaml", "node-failure-eviction.yaml", "crashloop-sidecar-proxy.yaml",
                "hpa-scale-out.yaml",
                "informer-internals.yaml", "client-side-throttling.yaml", "client-side-throttling-qps50.yaml",
                "leader-election.yaml", "operator-dbinstance.yaml", "deletion-garbage-collection.yaml",
                "configmap-hot-reload.yaml", "statefulset-daemonset-job.yaml", "gc-liveness-restart.yaml"),
                kubeLessons(), "the nineteen Kubernetes lessons and the cross-world GC one");
    }

    @ParameterizedTest(name = "{0}: every action hits something")
    @MethodSource("kubeLessons")
    void everyActionOfAKubeLessonActsOnSomething(String file) throws Exception {
        Lesson lesson = new Lesson(file);
        for (ClusterActionApplied a : lesson.all(ClusterActionApplied.class)) {
            assertFalse(a.detail().startsWith("0 "), () -> file + ": " + a + " matched nothing (stale pod name?)");
        }
    }

    @Test
    void preemptionEvictsOneNodesBatchPodsAndBindsThePaymentsPodThere() throws Exception {
        Lesson lesson = new Lesson("preemption.yaml");
        List<dev.podium.world.kube.sched.event.Preempted> preempted =
                lesson.all(dev.podium.world.kube.sched.event.Preempted.class);
        assertEquals(1, preempted.size());
        var p = preempted.get(0);
        assertTrue(p.preemptor().startsWith("default/payments-") && p.timeNanos() > 30 * SECOND
                && p.timeNanos() < 31 * SECOND, p::toString);
        assertEquals(List.of(100, 100), p.victimPriorities());
        PodScheduled bound = lesson.all(PodScheduled.class).stream().filter(s -> s.pod().equals(p.preemptor()))
                .findFirst().orElseThrow();
        assertEquals(p.node(), bound.node());
        assertTrue(bound.timeNanos() < 45 * SECOND, "bound before the 45 s narration: " + bound);
        assertEquals(p.node(), lesson.all(dev.podium.world.kube.sched.event.PodNominated.class).get(0).node());
    }

    @Test
    void selfHealingCreatesOnePodThenTwoAndEndsWithThreeReady() throws Exception {
        Lesson lesson = new Lesson("deployment-self-healing.yaml");
        long[] allReady = {-1};
        lesson.walk((e, s) -> {
            if (allReady[0] < 0 && readyPods(s, "default/web-") == 3) {
                allReady[0] = e.timeNanos();
            }
        });
        assertTrue(allReady[0] > 5 * SECOND && allReady[0] < 7500 * MS, "3 ready after 5 to 7 s: " + allReady[0]);
        List<ReconcileFinished> creates = lesson.all(ReconcileFinished.class).stream()
                .filter(r -> r.controller().equals("replicaset") && r.action().contains("createPods")).toList();
        assertEquals(3, creates.size(), creates.toString());
        ReconcileFinished first = creates.get(1);
        assertEquals("desired 3 actual 2", first.observed());
        assertTrue(first.action().startsWith("createPods:1"), first.action());
        assertTrue(first.timeNanos() > 40 * SECOND && first.timeNanos() < 40 * SECOND + 50 * MS);
        ReconcileFinished second = creates.get(2);
        assertEquals("desired 3 actual 1", second.observed());
        assertTrue(second.action().startsWith("createPods:2"), second.action());
        assertTrue(second.timeNanos() > 110 * SECOND && second.timeNanos() < 110 * SECOND + 50 * MS);
        List<PodScheduled> late = lesson.all(PodScheduled.class).stream()
                .filter(p -> p.timeNanos() > 110 * SECOND).toList();
        assertEquals(List.of("node-2", "node-2"), late.stream().map(PodScheduled::node).toList(),
                "both replacements go to the emptiest node");
        assertTrue(lesson.all(ReconcileFinished.class).stream()
                .anyMatch(r -> r.observed().contains("awaiting expectations")));
        KubeState end = lesson.end();
        assertEquals(3, readyPods(end, "default/web-"));
        assertEquals(3, end.service("default/web").ready().size());
    }

    @Test
    void rollingUpdateKeepsWithinMaxSurgeAndMaxUnavailableAtEveryEvent() throws Exception {
        Lesson lesson = new Lesson("rolling-update.yaml");
        int[] maxPods = new int[2];
        int[] minReady = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        lesson.walk((e, s) -> {
            if (e.timeNanos() < 20 * SECOND) {
                return; // the first rollout from nothing
            }
            String[] deployments = {"default/web", "default/api"};
            for (int i = 0; i < 2; i++) {
                int pods = 0;
                int ready = 0;
                int desired = 0;
                for (ReplicaSetView rs : s.replicaSets()) {
                    if (rs.deployment().equals(deployments[i])) {
                        desired += rs.replicas();
                    }
                }
                for (PodView p : s.pods()) {
                    if (p.key().startsWith(deployments[i] + "-") && !"Terminating".equals(p.status())) {
                        pods++;
                        ready += p.ready() ? 1 : 0;
                    }
                }
                assertTrue(desired <= 7, "ReplicaSets of " + deployments[i] + " want " + desired + " at " + e);
                maxPods[i] = Math.max(maxPods[i], pods);
                minReady[i] = Math.min(minReady[i], ready);
            }
        });
        assertEquals(7, maxPods[0], "web surges to replicas + maxSurge");
        assertEquals(7, maxPods[1], "api surges to replicas + maxSurge");
        assertEquals(5, minReady[0], "web dips to replicas - maxUnavailable");
        assertEquals(6, minReady[1], "api never dips below replicas");
        int[] minAvailable = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        for (DeploymentStatusUpdated d : lesson.all(DeploymentStatusUpdated.class)) {
            if (d.timeNanos() > 20 * SECOND) {
                int i = d.deployment().equals("default/web") ? 0 : 1;
                minAvailable[i] = Math.min(minAvailable[i], d.availableReplicas());
            }
        }
        assertEquals(5, minAvailable[0]);
        assertEquals(6, minAvailable[1]);
        int api = Integer.MAX_VALUE;
        for (EndpointsChanged c : lesson.all(EndpointsChanged.class)) {
            if (c.timeNanos() > 20 * SECOND && c.service().equals("default/api")) {
                api = Math.min(api, c.ready().size());
            }
        }
        assertEquals(6, api, "api's Service never has fewer than 6 ready endpoints");
        assertEquals(List.of(2, 2), lesson.all(ReplicaSetCreated.class).stream()
                .filter(r -> r.timeNanos() > 20 * SECOND).map(ReplicaSetCreated::revision).toList());
        assertTrue(lesson.all(ReconcileFinished.class).stream()
                .anyMatch(r -> r.timeNanos() > 270 * SECOND && r.action().equals("bumpRevision:3")));
        KubeState end = lesson.end();
        assertEquals(6, end.deployment("default/web").available());
        assertEquals(6, end.deployment("default/web").updated());
        assertEquals(6, end.deployment("default/api").available());
        assertEquals("nginx:1.27", end.deployment("default/web").image());
    }

    @Test
    void schedulerLessonPlacesPodsAsNarratedAndTheReportPodWaitsWithKubectlsReason() throws Exception {
        Lesson lesson = new Lesson("scheduler-filter-score.yaml");
        List<PodUnschedulable> report = lesson.all(PodUnschedulable.class).stream()
                .filter(u -> u.pod().equals("default/report")).toList();
        assertFalse(report.isEmpty());
        assertEquals("0/5 nodes are available: 1 node(s) had untolerated taint {nvidia.com/gpu: present}, "
                + "1 node(s) were unschedulable, 3 Insufficient cpu.", report.get(0).message());
        List<PodScheduled> scheduled = lesson.all(PodScheduled.class);
        PodScheduled reportBound = scheduled.stream().filter(p -> p.pod().equals("default/report")).findFirst()
                .orElseThrow();
        assertEquals("big-2", reportBound.node());
        assertTrue(reportBound.timeNanos() > 120 * SECOND && reportBound.timeNanos() < 121 * SECOND);
        assertEquals("gpu-1", scheduled.stream().filter(p -> p.pod().equals("default/trainer")).findFirst()
                .orElseThrow().node());
        List<PodScheduled> firstWeb = scheduled.stream().filter(p -> p.pod().startsWith("default/web-")
                && p.timeNanos() < 60 * SECOND).toList();
        assertEquals(6, firstWeb.size());
        assertEquals(List.of("big-1", "big-1", "big-1"), firstWeb.subList(0, 3).stream().map(PodScheduled::node)
                .toList(), "big-1 wins the first three pods");
        assertTrue(firstWeb.stream().allMatch(p -> p.node().startsWith("big-1") || p.node().startsWith("small-")));
        List<String> pendingWeb = new ArrayList<>();
        lesson.walk((e, s) -> {
            if (e.timeNanos() > 185 * SECOND && e.timeNanos() < 240 * SECOND && pendingWeb.isEmpty()) {
                for (PodView p : s.pods()) {
                    if (p.node().isEmpty() && p.key().startsWith("default/web-")) {
                        pendingWeb.add(p.message());
                    }
                }
            }
        });
        assertEquals(List.of("0/5 nodes are available: 1 node(s) had untolerated taint {nvidia.com/gpu: present}, "
                + "4 Insufficient cpu.", "0/5 nodes are available: 1 node(s) had untolerated taint "
                + "{nvidia.com/gpu: present}, 4 Insufficient cpu."), pendingWeb);
        KubeState end = lesson.end();
        assertEquals(16, readyPods(end, "default/web-"));
        assertTrue(end.pods().stream().allMatch(p -> !p.node().isEmpty()), "nothing Pending after scaling down");
        assertEquals(6, end.node("big-1").pods(), "both running pods removed came from big-1 (8 -> 6)");
    }

    @Test
    void nodeFailureGoesNotReadyAfterTheGraceAndEvictsThreeHundredSecondsAfterTheTaint() throws Exception {
        Lesson lesson = new Lesson("node-failure-eviction.yaml");
        long failed = lesson.action("failNode").timeNanos();
        NodeConditionChanged unknown = lesson.all(NodeConditionChanged.class).stream()
                .filter(c -> c.status().equals("Unknown")).findFirst().orElseThrow();
        assertEquals("node-2", unknown.node());
        long noticed = unknown.timeNanos() - failed;
        assertTrue(noticed >= 40 * SECOND && noticed <= 55 * SECOND, "noticed after " + noticed);
        NodeTainted noExecute = lesson.all(NodeTainted.class).stream()
                .filter(t -> t.taint().equals("node.kubernetes.io/unreachable=:NoExecute")).findFirst().orElseThrow();
        List<PodEvicted> evicted = lesson.all(PodEvicted.class);
        assertEquals(2, evicted.size());
        for (PodEvicted v : evicted) {
            assertEquals("node-2", v.node());
            long after = v.timeNanos() - noExecute.timeNanos();
            assertTrue(Math.abs(after - 300 * SECOND) < 100 * MS, "evicted " + after + " ns after the taint");
        }
        long evictedAt = evicted.get(0).timeNanos();
        for (EndpointsChanged c : lesson.all(EndpointsChanged.class)) {
            if (c.timeNanos() > unknown.timeNanos() + 10 * MS && c.timeNanos() < evictedAt) {
                assertEquals(4, c.ready().size(), "node-2's pods are out of the endpoints: " + c);
            }
        }
        List<PodScheduled> replacements = lesson.all(PodScheduled.class).stream()
                .filter(p -> p.timeNanos() > evictedAt).toList();
        assertEquals(2, replacements.size());
        assertTrue(replacements.stream().noneMatch(p -> p.node().equals("node-2")));
        assertTrue(replacements.get(1).timeNanos() - evictedAt < SECOND);
        KubeState end = lesson.end();
        assertEquals(6, readyPods(end, "default/shop-"));
        assertEquals("True", end.node("node-2").ready());
        assertEquals(List.of(), end.node("node-2").taints());
        assertEquals(0, end.node("node-2").pods(), "nothing moves back");
    }

    @Test
    void theSidecarCrashLoopsWithDoublingBackOffAndResetsAfterTenQuietMinutes() throws Exception {
        Lesson lesson = new Lesson("crashloop-sidecar-proxy.yaml");
        List<Long> waits = lesson.all(ContainerRestarted.class).stream()
                .map(r -> {
                    assertEquals("db-proxy", r.container(), "only the proxy restarts");
                    return r.backoffNanos() / SECOND;
                }).toList();
        assertEquals(List.of(0L, 10L, 20L, 40L, 80L, 160L, 0L), waits);
        List<ContainerExited> exits = lesson.all(ContainerExited.class);
        long failAt = lesson.action("failLiveness").timeNanos();
        assertEquals(137, exits.get(0).exitCode());
        assertTrue(exits.get(0).timeNanos() - failAt <= 31 * SECOND, "killed within failureThreshold x period");
        for (int i = 1; i < 6; i++) {
            assertEquals(30 * SECOND, exits.get(i).timeNanos() - lastRestartBefore(lesson, exits.get(i)),
                    "each restart fails 30 s later");
        }
        assertTrue(lesson.all(ProbeFailed.class).stream().allMatch(p -> p.failureThreshold() == 3));
        long restored = lesson.action("restoreLiveness").timeNanos();
        List<ContainerRestarted> restarts = lesson.all(ContainerRestarted.class);
        ContainerRestarted afterRestore = restarts.get(5);
        assertTrue(afterRestore.timeNanos() > restored, "the restore does not cut the 160 s wait short");
        assertEquals(519_505 * MS, afterRestore.timeNanos(), MS, "8m39.5s as narrated");
        assertEquals(6, exits.size() - 1, "no probe kill after the restore; the last exit is the crash at 19m");
        ContainerRestarted last = restarts.get(6);
        assertTrue(last.timeNanos() - afterRestore.timeNanos() > 600 * SECOND);
        assertEquals(19 * 60 * SECOND, last.timeNanos());
        List<String> statuses = new ArrayList<>();
        lesson.walk((e, s) -> {
            if (e.timeNanos() > 91 * SECOND && statuses.isEmpty()) {
                statuses.add(s.pods().get(0).status());
                statuses.add(s.pods().get(0).phase());
            }
        });
        assertEquals(List.of("CrashLoopBackOff", "Running"), statuses);
    }

    private static long lastRestartBefore(Lesson lesson, WorldEvent e) {
        long t = -1;
        for (ContainerRestarted r : lesson.all(ContainerRestarted.class)) {
            if (r.timeNanos() < e.timeNanos()) {
                t = r.timeNanos();
            }
        }
        return t;
    }

    @Test
    void hpaStaysWithinToleranceDoublesToTheMaximumAndWaitsTheWindowToScaleIn() throws Exception {
        Lesson lesson = new Lesson("hpa-scale-out.yaml");
        List<String> steps = lesson.all(HpaScaled.class).stream()
                .map(h -> h.fromReplicas() + "->" + h.toReplicas()).toList();
        assertEquals(List.of("3->7", "7->14", "14->28", "28->50", "50->23"), steps);
        for (HpaEvaluated h : lesson.all(HpaEvaluated.class)) {
            if (h.timeNanos() > 60 * SECOND && h.timeNanos() < 120 * SECOND) {
                assertEquals(76, h.currentCpuPercent());
                assertEquals(3, h.desiredReplicas(), "76 % is within the tolerance of 70 %");
            }
        }
        HpaEvaluated burst = lesson.all(HpaEvaluated.class).stream().filter(h -> h.timeNanos() > 120 * SECOND)
                .findFirst().orElseThrow();
        assertEquals(2000, burst.currentCpuPercent());
        assertEquals(86, burst.recommendedReplicas());
        long lastHigh = lesson.all(HpaEvaluated.class).stream().filter(h -> h.recommendedReplicas() == 86)
                .mapToLong(WorldEvent::timeNanos).max().orElseThrow();
        HpaScaled in = lesson.all(HpaScaled.class).get(4);
        assertTrue(in.timeNanos() - lastHigh >= 300 * SECOND && in.timeNanos() - lastHigh < 316 * SECOND,
                "scale-in waits the 300 s window");
        assertTrue(in.timeNanos() > 645 * SECOND && in.timeNanos() < 646 * SECOND, "10m45s as narrated");
        assertTrue(lesson.all(PodUnschedulable.class).isEmpty(), "room for 50 pods");
        KubeState end = lesson.end();
        assertEquals(23, end.hpa("default/checkout").desiredReplicas());
        assertEquals(69, end.hpa("default/checkout").currentCpuPercent());
        assertEquals(23, readyPods(end, "default/checkout-"));
    }

    @Test
    void informerRelistsAfterTheDroppedWatchAndTheReplicaSetCatchesUp() throws Exception {
        Lesson lesson = new Lesson("informer-internals.yaml");
        List<WatchDropped> drops = lesson.all(WatchDropped.class);
        assertEquals(List.of("kcm/pods", "kcm/replicasets"), drops.stream().map(WatchDropped::informer).toList());
        WatchDropped pods = drops.get(0);
        InformerListed relist = lesson.all(InformerListed.class).stream()
                .filter(l -> l.informer().equals("kcm/pods") && l.timeNanos() > pods.timeNanos()).findFirst()
                .orElseThrow();
        long wait = relist.timeNanos() - pods.timeNanos();
        assertTrue(wait >= 800 * MS && wait < 1600 * MS, "back-off " + wait);
        assertEquals(0, relist.items(), "the deleted pods are gone by the relist");
        assertTrue(lesson.all(WatchEventDelivered.class).stream().noneMatch(w -> w.informer().equals("kcm/pods")
                && w.timeNanos() > pods.timeNanos() && w.timeNanos() < relist.timeNanos()), "the watch is down");
        assertTrue(lesson.all(ReconcileStarted.class).stream().noneMatch(r -> r.controller().equals("replicaset")
                && r.timeNanos() > pods.timeNanos() && r.timeNanos() < relist.timeNanos()), "blind until the relist");
        ReconcileFinished catchUp = lesson.all(ReconcileFinished.class).stream()
                .filter(r -> r.controller().equals("replicaset") && r.timeNanos() >= relist.timeNanos())
                .findFirst().orElseThrow();
        assertEquals("desired 3 actual 0", catchUp.observed());
        assertTrue(catchUp.action().startsWith("createPods:3"), catchUp.action());
        InformerListed rsRelist = lesson.all(InformerListed.class).stream()
                .filter(l -> l.informer().equals("kcm/replicasets") && l.timeNanos() > drops.get(1).timeNanos())
                .findFirst().orElseThrow();
        assertEquals(1, rsRelist.items());
        List<String> afterRsRelist = lesson.all(ReconcileFinished.class).stream()
                .filter(r -> r.timeNanos() >= rsRelist.timeNanos() && r.timeNanos() < rsRelist.timeNanos() + 10 * MS)
                .map(r -> r.controller() + ":" + r.action())
                .collect(Collectors.toList());
        assertEquals(List.of("replicaset:none", "deployment:none"), afterRsRelist);
        WatchEventDelivered scaled = lesson.all(WatchEventDelivered.class).stream()
                .filter(w -> w.timeNanos() > 40 * SECOND && w.informer().equals("kcm/deployments")).findFirst()
                .orElseThrow();
        assertEquals(21, scaled.resourceVersion(), "the resourceVersion the narration quotes");
        KubeState end = lesson.end();
        assertEquals(3, readyPods(end, "default/hello-"));
        assertNotNull(end.informers().get("kcm/pods"));
        assertTrue(end.informers().get("kcm/pods").watching());
    }
}
