package dev.podium.world.kube.workload;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.control.Names;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.Taint;
import dev.podium.world.kube.spec.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The DaemonSet controller (k/k pkg/controller/daemon): one pod per node that should run it — the node's labels
 * hold the template's nodeSelector and every NoSchedule/NoExecute taint is tolerated, counting the tolerations the
 * controller adds to every daemon pod (not-ready and unreachable NoExecute; disk-, memory-, pid-pressure and
 * unschedulable NoSchedule), so a cordoned or failing node keeps its daemon. A node without its pod gets one (once a
 * terminating one is gone); a pod on a node that should not run it, a surplus pod, a Failed pod and a pod whose node
 * was removed are deleted (the last by PodGC in Kubernetes). Pods are bound by the controller ({@code spec.nodeName},
 * as before 1.12; the scheduler only accounts them). RollingUpdate replaces pods of an older
 * {@code pod-template-generation} while at most maxUnavailable nodes lack a ready pod, not-ready old pods first;
 * OnDelete waits for someone to delete them. Kernel thread only.
 */
final class DaemonSetController implements Reconciler {
    static final String NAME = "daemonset";
    static final String GENERATION_LABEL = "pod-template-generation";
    /** What util.AddOrUpdateDaemonPodTolerations adds (the network-unavailable one is for hostNetwork only). */
    static final List<Toleration> DAEMON_TOLERATIONS = List.of(
            exists("node.kubernetes.io/not-ready", "NoExecute"), exists("node.kubernetes.io/unreachable", "NoExecute"),
            exists("node.kubernetes.io/disk-pressure", "NoSchedule"),
            exists("node.kubernetes.io/memory-pressure", "NoSchedule"),
            exists("node.kubernetes.io/pid-pressure", "NoSchedule"),
            exists("node.kubernetes.io/unschedulable", "NoSchedule"));

    private final Kernel kernel;
    private final ApiServer api;
    private final SharedInformer pods;
    private final SharedInformer nodes;
    private final SharedInformer sets;
    private final String byOwner;
    private final ControllerLoop loop;
    private final RandomStream names;

    DaemonSetController(Kernel kernel, ApiServer api, SharedInformer pods, SharedInformer nodes, SharedInformer sets,
            String byOwner, ControllerLoop.Factory factory) {
        this.kernel = kernel;
        this.api = api;
        this.pods = pods;
        this.nodes = nodes;
        this.sets = sets;
        this.byOwner = byOwner;
        this.loop = factory.create(NAME, this);
        this.names = kernel.random("kube.daemonset.names");
        sets.addHandler(Handlers.ownKey(loop.queue()));
        pods.addHandler(Handlers.podOwner(DaemonSet.OWNER_PREFIX, loop.queue()));
        nodes.addHandler(Handlers.onAny(o -> {
            List<String> keys = new ArrayList<>();
            sets.indexer().values().forEach(s -> keys.add(s.key()));
            keys.stream().sorted().forEach(k -> loop.queue().add(k));
        }));
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        DaemonSet ds = (DaemonSet) sets.indexer().get(key);
        if (ds == null) {
            ctx.observed("deleted");
            return;
        }
        TreeMap<String, List<Pod>> byNode = new TreeMap<>();
        for (String podKey : pods.indexer().keys(byOwner, ds.ownerTag())) {
            Pod p = (Pod) pods.indexer().get(podKey);
            byNode.computeIfAbsent(p.nodeName(), n -> new ArrayList<>()).add(p);
        }
        TreeMap<String, Node> nodesByName = new TreeMap<>();
        nodes.indexer().values().forEach(n -> nodesByName.put(n.key(), (Node) n));
        int desired = 0;
        int current = 0;
        int ready = 0;
        int updated = 0;
        int unavailable = 0;
        List<Pod> oldReady = new ArrayList<>();
        for (Node node : nodesByName.values()) {
            List<Pod> here = byNode.getOrDefault(node.name(), List.of());
            List<Pod> active = new ArrayList<>();
            boolean terminating = false;
            for (Pod p : here) {
                if ("Failed".equals(p.phase()) && !p.deleting()) {
                    delete(p, 0, "Failed", ctx);
                } else if (p.active()) {
                    active.add(p);
                } else if (p.deleting()) {
                    terminating = true;
                }
            }
            if (!shouldRun(ds, node)) {
                active.forEach(p -> delete(p, p.spec().terminationGraceNanos(), "NodeNotEligible", ctx));
                continue;
            }
            desired++;
            if (active.isEmpty()) {
                unavailable++;
                if (!terminating) {
                    create(ds, node.name(), ctx);
                }
                continue;
            }
            current++;
            Pod pod = active.get(0);
            for (Pod extra : active.subList(1, active.size())) {
                delete(extra, extra.spec().terminationGraceNanos(), "Surplus", ctx);
            }
            boolean isNew = generation(pod) == ds.generation();
            updated += isNew ? 1 : 0;
            ready += pod.ready() ? 1 : 0;
            if (!pod.ready()) {
                unavailable++;
                if (!isNew && ds.updateStrategy().equals("RollingUpdate")) {
                    delete(pod, pod.spec().terminationGraceNanos(), "RollingUpdate", ctx);
                }
            } else if (!isNew) {
                oldReady.add(pod);
            }
        }
        for (Map.Entry<String, List<Pod>> e : byNode.entrySet()) {
            if (!e.getKey().isEmpty() && !nodesByName.containsKey(e.getKey())) {
                e.getValue().stream().filter(p -> !p.terminal()).forEach(p -> delete(p, 0, "NodeGone", ctx));
            }
        }
        if (ds.updateStrategy().equals("RollingUpdate")) {
            int budget = Math.max(1, ds.maxUnavailable().resolve(desired, true)) - unavailable;
            for (int i = 0; i < oldReady.size() && i < budget; i++) {
                Pod p = oldReady.get(i);
                delete(p, p.spec().terminationGraceNanos(), "RollingUpdate", ctx);
            }
        }
        ctx.observed("desired " + desired + " current " + current + " ready " + ready + " updated " + updated);
        if (ds.desired() != desired || ds.current() != current || ds.ready() != ready || ds.updated() != updated) {
            DaemonSet next = ds.withStatus(desired, current, ready, updated);
            ctx.write(() -> api.update(next, NAME));
            ctx.action("updateStatus", 1);
        }
    }

    /** NodeShouldRunDaemonPod: the nodeSelector matches and every NoSchedule/NoExecute taint is tolerated. */
    static boolean shouldRun(DaemonSet ds, Node node) {
        PodSpec spec = ds.template().spec();
        if (!node.labels().entrySet().containsAll(spec.nodeSelector().entrySet())) {
            return false;
        }
        for (Taint taint : node.taints()) {
            if (("NoSchedule".equals(taint.effect()) || "NoExecute".equals(taint.effect()))
                    && !tolerated(taint, spec.tolerations()) && !tolerated(taint, DAEMON_TOLERATIONS)) {
                return false;
            }
        }
        return true;
    }

    private static boolean tolerated(Taint taint, List<Toleration> tolerations) {
        return tolerations.stream().anyMatch(t -> t.tolerates(taint));
    }

    private void create(DaemonSet ds, String node, ReconcileContext ctx) {
        String name;
        do {
            name = ds.name() + "-" + Names.suffix(names);
        } while (api.get(Kind.POD, ds.namespace() + "/" + name) != null);
        Map<String, String> labels = new TreeMap<>(ds.template().labels());
        labels.put(GENERATION_LABEL, Long.toString(ds.generation()));
        PodSpec t = ds.template().spec();
        List<Toleration> tolerations = new ArrayList<>(t.tolerations());
        DAEMON_TOLERATIONS.stream().filter(x -> !tolerations.contains(x)).forEach(tolerations::add);
        PodSpec spec = new PodSpec(t.containers(), t.initContainers(), t.nodeSelector(), tolerations, node,
                t.restartPolicy(), t.terminationGraceNanos(), t.priority());
        Pod pod = Pod.create(ds.namespace(), name, labels, ds.ownerTag(), spec, kernel.now());
        ctx.write(() -> api.create(pod, NAME));
        ctx.action("createPods", 1);
    }

    private void delete(Pod p, long grace, String reason, ReconcileContext ctx) {
        ctx.write(() -> api.deletePod(p.key(), grace, reason));
        ctx.action("deletePods", 1);
    }

    static long generation(Pod p) {
        String g = p.labels().get(GENERATION_LABEL);
        return g == null || !g.chars().allMatch(Character::isDigit) || g.isEmpty() ? -1 : Long.parseLong(g);
    }

    private static Toleration exists(String key, String effect) {
        return new Toleration(key, "Exists", "", effect, -1);
    }
}
