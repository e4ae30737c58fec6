package dev.podium.world.kube.control;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.event.PodEvicted;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.SharedInformer;
import dev.podium.world.kube.spec.Taint;
import dev.podium.world.kube.spec.Toleration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The taint-eviction controller (k/k pkg/controller/tainteviction): a pod on a node with NoExecute taints is
 * deleted at once if it does not tolerate one of them, never if it tolerates them all forever, else when the
 * shortest tolerationSeconds has passed since the taint appeared. Pods without their own not-ready/unreachable
 * tolerations get 300 s, as the DefaultTolerationSeconds admission plugin adds (computed here rather than
 * written into every pod). A removed taint cancels the pending evictions.
 *
 * <p>Simplified: the taint's TimeAdded is when this controller saw it (one watch latency later).
 */
final class TaintEvictionController {
    static final long DEFAULT_TOLERATION_SECONDS = 300;
    private static final long SECOND = 1_000_000_000L;

    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final ApiClient client;
    private final SharedInformer pods;
    private final SharedInformer nodes;
    private final HashMap<String, EventHandle> timers = new HashMap<>();
    /** node → taint string → when first seen. */
    private final HashMap<String, HashMap<String, Long>> seen = new HashMap<>();

    TaintEvictionController(Kernel kernel, EventSink sink, ApiServer api, ApiClient client, SharedInformer nodes,
            SharedInformer pods) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.client = client;
        this.pods = pods;
        this.nodes = nodes;
        nodes.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                nodeChanged((Node) object);
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                if (!((Node) oldObject).taints().equals(((Node) newObject).taints())) {
                    nodeChanged((Node) newObject);
                }
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                seen.remove(lastKnown.key());
            }
        });
        pods.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                podChanged((Pod) object);
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                if (!((Pod) oldObject).nodeName().equals(((Pod) newObject).nodeName())) {
                    podChanged((Pod) newObject);
                }
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                cancel(lastKnown.key());
            }
        });
    }

    private void nodeChanged(Node node) {
        HashMap<String, Long> times = seen.computeIfAbsent(node.name(), k -> new HashMap<>());
        List<String> current = new ArrayList<>();
        for (Taint t : node.taints()) {
            if ("NoExecute".equals(t.effect())) {
                String s = Node.format(t);
                current.add(s);
                times.putIfAbsent(s, kernel.now());
            }
        }
        times.keySet().retainAll(current);
        for (String podKey : new ArrayList<>(pods.indexer().keys(ControllerManager.BY_NODE, node.name()))) {
            cancel(podKey);
            podChanged((Pod) pods.indexer().get(podKey));
        }
    }

    private void podChanged(Pod pod) {
        if (pod.nodeName().isEmpty() || pod.deleting() || timers.containsKey(pod.key())) {
            return;
        }
        Node node = (Node) nodes.indexer().get(pod.nodeName());
        HashMap<String, Long> times = seen.get(pod.nodeName());
        if (node == null || times == null || times.isEmpty()) {
            return;
        }
        long fireAt = Long.MAX_VALUE;
        String cause = "";
        long tolerated = 0;
        for (Taint t : node.taints()) {
            if (!"NoExecute".equals(t.effect())) {
                continue;
            }
            long seconds = tolerationSeconds(pod, t);
            if (seconds < 0) {
                continue;
            }
            long at = times.getOrDefault(Node.format(t), kernel.now()) + seconds * SECOND;
            if (at < fireAt) {
                fireAt = at;
                cause = Node.format(t);
                tolerated = seconds * SECOND;
            }
        }
        if (fireAt == Long.MAX_VALUE) {
            return;
        }
        String taint = cause;
        long toleratedNanos = tolerated;
        timers.put(pod.key(), kernel.scheduleAt(Math.max(fireAt, kernel.now()), Kernel.NORMAL_PRIORITY,
                () -> evict(pod.key(), taint, toleratedNanos)));
    }

    /** Seconds the pod tolerates the NoExecute taint: -1 forever, 0 not at all. */
    static long tolerationSeconds(Pod pod, Taint taint) {
        for (Toleration tol : pod.spec().tolerations()) {
            if (tol.tolerates(taint)) {
                return tol.tolerationSeconds() < 0 ? -1 : tol.tolerationSeconds();
            }
        }
        if (NodeLifecycleController.UNREACHABLE.equals(taint.key())
                || NodeLifecycleController.NOT_READY.equals(taint.key())) {
            return DEFAULT_TOLERATION_SECONDS;
        }
        return 0;
    }

    private void evict(String podKey, String taint, long toleratedNanos) {
        timers.remove(podKey);
        Pod pod = (Pod) pods.indexer().get(podKey);
        if (pod == null || pod.deleting()) {
            return;
        }
        sink.emit(new PodEvicted(kernel.now(), podKey, pod.nodeName(), taint, toleratedNanos));
        client.write(() -> api.deletePod(podKey, pod.spec().terminationGraceNanos(), "Evicted"), null);
    }

    private void cancel(String podKey) {
        EventHandle h = timers.remove(podKey);
        if (h != null) {
            kernel.cancel(h);
        }
    }
}
