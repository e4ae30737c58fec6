package dev.podium.world.kube.sched;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.WriteResult;
import dev.podium.world.kube.event.ControllerStarted;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodUnschedulable;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.SharedInformer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * kube-scheduler (k/k pkg/scheduler/schedule_one.go). One scheduling cycle at a time: pop the highest-priority
 * pod, filter nodes from a round-robin start until {@code numFeasibleNodesToFind} fit (percentageOfNodesToScore,
 * adaptive: max(50 − N/125, 5) %, at least 100 nodes), score them, pick the best (ties by reservoir sampling),
 * assume the pod on the node in the cache, and bind asynchronously through the API. A cycle takes
 * {@code scheduleCycleBaseNanos + scheduleCyclePerNodeNanos × nodes examined}. If nothing fits, the pod gets
 * kubectl's FailedScheduling message and goes back to the queue.
 *
 * <p>Simplified: filters are NodeUnschedulable, TaintToleration (NoSchedule/NoExecute), NodeAffinity
 * (nodeSelector only) and NodeResourcesFit (cpu, memory, pod count); scores are LeastAllocated +
 * BalancedAllocation (weight 1 each, 0..200); no preemption, so messages lack the "preemption: ..." suffix.
 * Kernel thread only.
 */
public final class Scheduler {
    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final ApiClient client;
    private final KubeParams params;
    private final RandomStream random;
    private final SharedInformer pods;
    private final SharedInformer nodes;
    private final SchedulingQueue queue;
    private final List<NodeInfo> nodeList = new ArrayList<>();
    private final HashMap<String, NodeInfo> nodesByName = new HashMap<>();
    /** Pods accounted on a node (assumed or bound): key → node info. */
    private final HashMap<String, Placement> placed = new HashMap<>();

    private record Placement(NodeInfo info, Pod pod) {
    }
    private final Filters filters = new Filters();
    private String inFlight;
    private boolean busy;
    private boolean cycleScheduled;
    private int nextStartNodeIndex;

    public Scheduler(Kernel kernel, EventSink sink, ApiServer api, KubeParams params) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.params = params;
        this.client = new ApiClient(kernel, api, params.schedulerQps(), params.schedulerBurst(),
                params.apiWriteNanos());
        this.random = kernel.random("kube.scheduler");
        this.pods = new SharedInformer("scheduler/pods", Kind.POD, kernel, sink, api, params);
        this.nodes = new SharedInformer("scheduler/nodes", Kind.NODE, kernel, sink, api, params);
        this.queue = new SchedulingQueue(kernel, sink, params.podInitialBackoffNanos(), params.podMaxBackoffNanos());
        queue.onFlush(this::scheduleCycle);
        nodes.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                NodeInfo info = new NodeInfo((Node) object);
                nodeList.add(info);
                nodesByName.put(info.node.name(), info);
                moveAll();
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                NodeInfo info = nodesByName.get(newObject.key());
                if (info != null) {
                    info.node = (Node) newObject;
                    moveAll();
                }
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                NodeInfo info = nodesByName.remove(lastKnown.key());
                nodeList.remove(info);
            }
        });
        pods.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                podSeen((Pod) object);
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                podSeen((Pod) newObject);
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                queue.remove(lastKnown.key());
                if (unplace(lastKnown.key())) {
                    moveAll();
                }
            }
        });
    }

    /** Starts the informers and the queue's flush timers. */
    public void start() {
        sink.emit(new ControllerStarted(kernel.now(), "scheduler", 1, List.of(pods.name(), nodes.name())));
        nodes.start();
        pods.start();
        queue.start();
    }

    public List<SharedInformer> informers() {
        return List.of(pods, nodes);
    }

    private void podSeen(Pod pod) {
        if (!pod.nodeName().isEmpty()) {
            if (pod.terminal()) {
                unplace(pod.key());
            } else if (!placed.containsKey(pod.key())) {
                place(pod, nodesByName.get(pod.nodeName()));
            }
            return;
        }
        if (pod.deleting()) {
            queue.remove(pod.key());
            return;
        }
        if (!pod.key().equals(inFlight) && !queue.contains(pod.key())) {
            queue.add(pod.key(), pod.spec().priority());
            scheduleCycle();
        }
    }

    private void place(Pod pod, NodeInfo info) {
        if (info == null) {
            return;
        }
        placed.put(pod.key(), new Placement(info, pod));
        info.reqCpu += pod.milliCpu();
        info.reqMem += pod.memoryBytes();
        info.nzCpu += Filters.nonZeroCpu(pod);
        info.nzMem += Filters.nonZeroMem(pod);
        info.pods++;
    }

    private boolean unplace(String key) {
        Placement p = placed.remove(key);
        if (p == null) {
            return false;
        }
        NodeInfo info = p.info();
        info.reqCpu -= p.pod().milliCpu();
        info.reqMem -= p.pod().memoryBytes();
        info.nzCpu -= Filters.nonZeroCpu(p.pod());
        info.nzMem -= Filters.nonZeroMem(p.pod());
        info.pods--;
        return true;
    }

    private void moveAll() {
        queue.moveAll();
        scheduleCycle();
    }

    private void scheduleCycle() {
        if (!busy && !cycleScheduled && queue.hasActive()) {
            cycleScheduled = true;
            kernel.schedule(0, this::scheduleOne);
        }
    }

    private void scheduleOne() {
        cycleScheduled = false;
        SchedulingQueue.Entry entry = queue.pop();
        if (entry == null) {
            return;
        }
        Pod pod = (Pod) pods.indexer().get(entry.key);
        if (pod == null || pod.deleting() || !pod.nodeName().isEmpty()) {
            scheduleCycle();
            return;
        }
        busy = true;
        inFlight = pod.key();
        Filters.Result result = filters.run(pod, nodeList, nextStartNodeIndex, numFeasibleNodesToFind(),
                random);
        if (!nodeList.isEmpty()) {
            nextStartNodeIndex = (nextStartNodeIndex + result.checked) % nodeList.size();
        }
        long cycle = params.scheduleCycleBaseNanos()
                + params.scheduleCyclePerNodeNanos() * (result.checked + result.feasible);
        if (result.best != null) {
            place(pod, result.best); // assume
        }
        kernel.schedule(cycle, () -> endCycle(entry, pod, result));
    }

    private void endCycle(SchedulingQueue.Entry entry, Pod pod, Filters.Result result) {
        busy = false;
        inFlight = null;
        if (result.best == null) {
            String message = result.message(nodeList.size());
            sink.emit(new PodUnschedulable(kernel.now(), pod.key(), message));
            if (!message.equals(pod.unschedulableMessage())) {
                client.write(() -> api.patch(Kind.POD, pod.key(), o -> ((Pod) o).withUnschedulable(message),
                        "scheduler"), null);
            }
            queue.addUnschedulable(entry);
        } else {
            bind(pod, result);
        }
        scheduleCycle();
    }

    private void bind(Pod pod, Filters.Result result) {
        String node = result.best.node.name();
        client.write(() -> {
            Pod current = api.pod(pod.key());
            if (current == null || current.deleting() || !current.nodeName().isEmpty()) {
                return WriteResult.NOT_FOUND;
            }
            return api.patch(Kind.POD, pod.key(), o -> ((Pod) o).withNode(node), "scheduler");
        }, r -> {
            if (r == WriteResult.OK) {
                sink.emit(new PodScheduled(kernel.now(), pod.key(), node, result.feasible, result.checked,
                        result.bestScore));
            } else if (unplace(pod.key())) {
                moveAll(); // ForgetPod
            }
        });
    }

    /** numFeasibleNodesToFind (schedule_one.go). */
    int numFeasibleNodesToFind() {
        int n = nodeList.size();
        int pct = params.percentageOfNodesToScore();
        if (n < 100 || pct >= 100) {
            return n;
        }
        if (pct <= 0) {
            pct = Math.max(50 - n / 125, 5);
        }
        return Math.max(n * pct / 100, 100);
    }
}
