package dev.podium.world.kube.workload;

import dev.podium.engine.Kernel;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import java.util.Map;
import java.util.TreeMap;

/**
 * The StatefulSet controller (k/k pkg/controller/statefulset, {@code updateStatefulSet}): pods are named
 * {@code <set>-<ordinal>}. For each ordinal below spec.replicas, in order, a missing pod is created and a Failed one
 * deleted (it comes back with the same name); under OrderedReady ("monotonic") the sync stops after such a write, at
 * a pod being deleted, and at a pod that is not yet Running and Ready, so pod i+1 is created only once pod i is.
 * Pods at or above spec.replicas are condemned and deleted from the highest ordinal down, one at a time and only
 * while every other pod is Running and Ready under OrderedReady; all at once under Parallel. Then status: replicas
 * (pods that exist) and readyReplicas. Handlers enqueue the set on its own events and on every event of a pod it
 * owns. Kernel thread only.
 */
final class StatefulSetController implements Reconciler {
    static final String NAME = "statefulset";
    static final String POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
    static final String POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";

    private final Kernel kernel;
    private final ApiServer api;
    private final SharedInformer pods;
    private final SharedInformer sets;
    private final String byOwner;
    private final ControllerLoop loop;

    StatefulSetController(Kernel kernel, ApiServer api, SharedInformer pods, SharedInformer sets, String byOwner,
            ControllerLoop.Factory factory) {
        this.kernel = kernel;
        this.api = api;
        this.pods = pods;
        this.sets = sets;
        this.byOwner = byOwner;
        this.loop = factory.create(NAME, this);
        sets.addHandler(Handlers.ownKey(loop.queue()));
        pods.addHandler(Handlers.podOwner(StatefulSet.OWNER_PREFIX, loop.queue()));
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        StatefulSet set = (StatefulSet) sets.indexer().get(key);
        if (set == null) {
            ctx.observed("deleted");
            return;
        }
        TreeMap<Integer, Pod> byOrdinal = new TreeMap<>();
        for (String podKey : pods.indexer().keys(byOwner, set.ownerTag())) {
            Pod p = (Pod) pods.indexer().get(podKey);
            int ordinal = ordinal(set.name(), p.name());
            if (ordinal >= 0) {
                byOrdinal.put(ordinal, p);
            }
        }
        int ready = 0;
        for (Pod p : byOrdinal.values()) {
            if (runningAndReady(p)) {
                ready++;
            }
        }
        ctx.observed("desired " + set.replicas() + " actual " + byOrdinal.size() + " ready " + ready);
        boolean monotonic = set.ordered();
        if (syncReplicas(set, byOrdinal, monotonic, ctx) || !monotonic) {
            deleteCondemned(set, byOrdinal, monotonic, ctx);
        }
        if (set.statusReplicas() != byOrdinal.size() || set.readyReplicas() != ready) {
            StatefulSet updated = set.withStatus(byOrdinal.size(), ready);
            ctx.write(() -> api.update(updated, NAME));
            ctx.action("updateStatus", 1);
        }
    }

    /** Creates or replaces the pods below spec.replicas; false if OrderedReady has to wait (or wrote). */
    private boolean syncReplicas(StatefulSet set, Map<Integer, Pod> byOrdinal, boolean monotonic,
            ReconcileContext ctx) {
        for (int i = 0; i < set.replicas(); i++) {
            Pod p = byOrdinal.get(i);
            if (p == null) {
                createPod(set, i, ctx);
            } else if ("Failed".equals(p.phase()) && !p.deleting()) {
                ctx.write(() -> api.deletePod(p.key(), 0, "Failed"));
                ctx.action("deletePods", 1);
            } else if (!p.deleting() && runningAndReady(p)) {
                continue;
            }
            if (monotonic) {
                return false;
            }
        }
        return true;
    }

    /** Deletes the pods at or above spec.replicas, highest ordinal first. */
    private void deleteCondemned(StatefulSet set, TreeMap<Integer, Pod> byOrdinal, boolean monotonic,
            ReconcileContext ctx) {
        for (Pod p : byOrdinal.tailMap(set.replicas(), true).descendingMap().values()) {
            if (p.deleting()) {
                if (monotonic) {
                    return;
                }
                continue;
            }
            if (monotonic && !allOthersReady(byOrdinal, p)) {
                return;
            }
            ctx.write(() -> api.deletePod(p.key(), p.spec().terminationGraceNanos(), "ScaledDown"));
            ctx.action("deletePods", 1);
            if (monotonic) {
                return;
            }
        }
    }

    private static boolean allOthersReady(Map<Integer, Pod> byOrdinal, Pod target) {
        for (Pod p : byOrdinal.values()) {
            if (p != target && (!runningAndReady(p) || p.deleting())) {
                return false;
            }
        }
        return true;
    }

    private void createPod(StatefulSet set, int ordinal, ReconcileContext ctx) {
        String name = set.name() + "-" + ordinal;
        Map<String, String> labels = new TreeMap<>(set.template().labels());
        labels.put(POD_NAME_LABEL, name);
        labels.put(POD_INDEX_LABEL, Integer.toString(ordinal));
        Pod pod = Pod.create(set.namespace(), name, labels, set.ownerTag(), set.template().spec(),
                kernel.now());
        ctx.write(() -> api.create(pod, NAME));
        ctx.action("createPods", 1);
    }

    static boolean runningAndReady(Pod p) {
        return "Running".equals(p.phase()) && p.ready();
    }

    /** The ordinal in {@code <set>-<ordinal>}, or -1 if {@code podName} is not such a name. */
    static int ordinal(String setName, String podName) {
        if (!podName.startsWith(setName + "-")) {
            return -1;
        }
        String digits = podName.substring(setName.length() + 1);
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)
                || (digits.length() > 1 && digits.charAt(0) == '0')) {
            return -1;
        }
        return Integer.parseInt(digits);
    }
}
