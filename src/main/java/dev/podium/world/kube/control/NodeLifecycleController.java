package dev.podium.world.kube.control;

import dev.podium.engine.Kernel;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.TokenBucket;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.SharedInformer;
import dev.podium.world.kube.spec.Taint;
import java.util.ArrayList;
import java.util.List;

/**
 * The node lifecycle controller's {@code monitorNodeHealth} (k/k pkg/controller/nodelifecycle): every
 * --node-monitor-period (5 s) it checks each node's lease; one older than --node-monitor-grace-period (50 s;
 * 40 s before 1.32) makes the node's Ready condition Unknown, taints it
 * {@code node.kubernetes.io/unreachable:NoSchedule} at once and {@code :NoExecute} through the eviction rate
 * limiter (--node-eviction-rate 0.1 node/s), and marks its pods not ready (MarkPodsNotReady). When the kubelet
 * reports Ready again, the taints are removed.
 *
 * <p>Simplified: one zone, so no zone states and no secondary eviction rate. Not a workqueue controller, like
 * upstream's health loop.
 */
final class NodeLifecycleController {
    static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    static final String NOT_READY = "node.kubernetes.io/not-ready";

    private final Kernel kernel;
    private final ApiServer api;
    private final ApiClient client;
    private final SharedInformer nodes;
    private final SharedInformer pods;
    private final NodeLeases leases;
    private final KubeParams params;
    private final TokenBucket evictionLimiter;
    private final List<String> names = new ArrayList<>();

    NodeLifecycleController(Kernel kernel, ApiServer api, ApiClient client, SharedInformer nodes, SharedInformer pods,
            NodeLeases leases, KubeParams params) {
        this.kernel = kernel;
        this.api = api;
        this.client = client;
        this.nodes = nodes;
        this.pods = pods;
        this.leases = leases;
        this.params = params;
        this.evictionLimiter = new TokenBucket(params.evictionQps(), 1);
        nodes.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                names.add(object.key());
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                names.remove(lastKnown.key());
            }
        });
    }

    void start() {
        kernel.schedule(params.nodeMonitorPeriodNanos(), this::monitor);
    }

    private void monitor() {
        long now = kernel.now();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Node node = (Node) nodes.indexer().get(name);
            long lease = leases.lastRenewNanos(name);
            if (node == null || lease < 0) {
                continue;
            }
            boolean stale = now - lease > params.nodeMonitorGraceNanos();
            if (stale && !"Unknown".equals(node.ready())) {
                markUnreachable(name);
            } else if (!stale && "True".equals(node.ready()) && (node.hasTaint(UNREACHABLE, "NoSchedule")
                    || node.hasTaint(UNREACHABLE, "NoExecute"))) {
                client.write(() -> api.patch(Kind.NODE, name, o -> ((Node) o).withoutTaint(UNREACHABLE),
                        "nodelifecycle"), null);
            }
        }
        kernel.schedule(params.nodeMonitorPeriodNanos(), this::monitor);
    }

    private void markUnreachable(String name) {
        client.write(() -> api.patch(Kind.NODE, name, o -> ((Node) o).withReady("Unknown", "NodeStatusUnknown")
                .withTaint(new Taint(UNREACHABLE, "", "NoSchedule")), "nodelifecycle"), null);
        for (String podKey : new ArrayList<>(pods.indexer().keys(ControllerManager.BY_NODE, name))) {
            Pod p = (Pod) pods.indexer().get(podKey);
            if (p.ready()) {
                client.write(() -> api.patch(Kind.POD, podKey, o -> ((Pod) o).withNotReady(), "nodelifecycle"),
                        null);
            }
        }
        long at = evictionLimiter.reserve(kernel.now());
        client.write(at, () -> api.patch(Kind.NODE, name, o -> {
            Node n = (Node) o;
            return "True".equals(n.ready()) ? n : n.withTaint(new Taint(UNREACHABLE, "", "NoExecute"));
        }, "nodelifecycle"), null);
    }
}
