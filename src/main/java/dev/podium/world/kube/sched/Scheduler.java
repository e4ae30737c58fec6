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
import dev.podium.world.kube.sched.event.PodNominated;
import dev.podium.world.kube.sched.event.Preempted;
import dev.podium.world.kube.spec.KubeManifest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * (nodeSelector only), NodeResourcesFit (cpu, memory, pod count), PodTopologySpread ({@link TopologySpread}) and
 * InterPodAffinity ({@link InterPodAffinity}: pod affinity and anti-affinity); scores are LeastAllocated +
 * BalancedAllocation (weight 1 each, 0..200) plus those two (weight 2 each, 0..200 apiece; 0 for pods without
 * constraints, as the system default spread constraints are not applied). Priorities come from PriorityClasses ({@link Priorities}); a pod
 * that fits nowhere may preempt lower-priority pods ({@link Preemption}): the victims are deleted gracefully, the
 * pod is nominated to the node (kept in the scheduler's nominator and announced by a PodNominated event; the API
 * object's status.nominatedNodeName is not written), and pods of lower priority do not take the room meanwhile.
 * FailedScheduling messages still lack kubectl's "preemption: ..." suffix, so existing runs read as before.
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

    /** A preemptor's nominated node (the scheduler's nominator), with its priority. */
    private record Nomination(String node, Pod pod, int priority) {
    }
    private final Priorities priorities;
    /** Pods nominated to a node, in nomination order. */
    private final LinkedHashMap<String, Nomination> nominated = new LinkedHashMap<>();
    private final Filters filters = new Filters();
    private String inFlight;
    private boolean busy;
    private boolean cycleScheduled;
    private int nextStartNodeIndex;
    /** Placed pods with pod (anti-)affinity terms: while there are none, pods without constraints skip the plugin. */
    private int affinityPods;

    public Scheduler(Kernel kernel, EventSink sink, ApiServer api, KubeParams params, List<KubeManifest> manifests) {
        this.priorities = new Priorities(manifests);
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
                nominated.remove(lastKnown.key());
                boolean wasPlaced = unplace(lastKnown.key());
                if (wasPlaced || !((Pod) lastKnown).nodeName().isEmpty()) {
                    moveAll(); // AssignedPodDelete, also for a pod already finished
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
            } else {
                Placement p = placed.get(pod.key());
                placed.put(pod.key(), new Placement(p.info(), pod));
                p.info().podsOn.put(pod.key(), pod); // same requests; keeps deletionTimestamp for preemption
            }
            return;
        }
        if (pod.deleting()) {
            queue.remove(pod.key());
            return;
        }
        if (!pod.key().equals(inFlight) && !queue.contains(pod.key())) {
            queue.add(pod.key(), priorities.priority(pod));
            scheduleCycle();
        }
    }

    private void place(Pod pod, NodeInfo info) {
        if (info == null) {
            return;
        }
        placed.put(pod.key(), new Placement(info, pod));
        info.add(pod);
        affinityPods += InterPodAffinity.hasTerms(pod.spec().scheduling()) ? 1 : 0;
    }

    private boolean unplace(String key) {
        Placement p = placed.remove(key);
        if (p == null) {
            return false;
        }
        p.info().remove(p.pod());
        affinityPods -= InterPodAffinity.hasTerms(p.pod().spec().scheduling()) ? 1 : 0;
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
        int priority = priorities.priority(pod);
        List<Nomination> reserved = reserveNominated(pod, priority);
        TopologySpread spread = TopologySpread.of(pod, nodeList);
        InterPodAffinity anti = InterPodAffinity.of(pod, nodeList, affinityPods);
        Filters.Result result = nominatedFits(pod, spread, anti);
        if (result == null) {
            result = filters.run(pod, nodeList, nextStartNodeIndex, numFeasibleNodesToFind(), random, spread, anti);
            if (!nodeList.isEmpty()) {
                nextStartNodeIndex = (nextStartNodeIndex + result.checked) % nodeList.size();
            }
        }
        Preemption.Candidate preemption = null;
        if (result.best == null && priorities.mayPreempt(pod) && eligibleToPreempt(pod, priority)) {
            preemption = Preemption.find(pod, nodeList, priorities::priority, affinityPods);
        }
        for (Nomination n : reserved) {
            nodesByName.get(n.node()).count(n.pod(), -1);
        }
        long cycle = params.scheduleCycleBaseNanos()
                + params.scheduleCyclePerNodeNanos() * (result.checked + result.feasible
                + (preemption == null ? 0 : preemption.examined()));
        if (result.best != null) {
            place(pod, result.best); // assume
        }
        Filters.Result done = result;
        Preemption.Candidate chosen = preemption;
        kernel.schedule(cycle, () -> endCycle(entry, pod, done, chosen));
    }

    /**
     * Counts the pods nominated elsewhere with at least {@code priority} on their nominated nodes, so this pod does
     * not take the room their preemption freed (the framework's addNominatedPods). Returns what to take away again.
     */
    private List<Nomination> reserveNominated(Pod pod, int priority) {
        if (nominated.isEmpty()) {
            return List.of();
        }
        List<Nomination> reserved = new ArrayList<>();
        for (Nomination n : nominated.values()) {
            NodeInfo info = nodesByName.get(n.node());
            if (!n.pod().key().equals(pod.key()) && n.priority() >= priority && info != null) {
                info.count(n.pod(), 1);
                reserved.add(n);
            }
        }
        return reserved;
    }

    /** evaluateNominatedNode: a nominated pod whose node now fits goes there without a full search; else null. */
    private Filters.Result nominatedFits(Pod pod, TopologySpread spread, InterPodAffinity anti) {
        Nomination n = nominated.get(pod.key());
        NodeInfo info = n == null ? null : nodesByName.get(n.node());
        if (info == null || !Filters.fits(pod, info) || !Filters.topologyFits(info, spread, anti, new HashMap<>())) {
            return null;
        }
        Filters.Result r = new Filters.Result();
        r.best = info;
        r.checked = 1;
        r.feasible = 1;
        return r;
    }

    /**
     * PodEligibleToPreemptOthers: a pod already nominated to a node where a lower-priority pod is still terminating
     * waits for it instead of preempting again.
     */
    private boolean eligibleToPreempt(Pod pod, int priority) {
        Nomination n = nominated.get(pod.key());
        NodeInfo info = n == null ? null : nodesByName.get(n.node());
        if (info == null) {
            return true;
        }
        for (Pod q : info.podsOn.values()) {
            if (q.deleting() && priorities.priority(q) < priority) {
                return false;
            }
        }
        return true;
    }

    private void endCycle(SchedulingQueue.Entry entry, Pod pod, Filters.Result result,
                          Preemption.Candidate preemption) {
        busy = false;
        inFlight = null;
        if (result.best == null) {
            String message = result.message(nodeList.size());
            sink.emit(new PodUnschedulable(kernel.now(), pod.key(), message));
            if (!message.equals(pod.unschedulableMessage())) {
                client.write(() -> api.patch(Kind.POD, pod.key(), o -> ((Pod) o).withUnschedulable(message),
                        "scheduler"), null);
            }
            if (preemption != null && preemption.node() != null) {
                preempt(pod, preemption);
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
                nominated.remove(pod.key());
                sink.emit(new PodScheduled(kernel.now(), pod.key(), node, result.feasible, result.checked,
                        result.bestScore));
            } else if (unplace(pod.key())) {
                moveAll(); // ForgetPod
            }
        });
    }

    /**
     * prepareCandidate: deletes the victims gracefully (reason Preempted), clears the nominations of lower-priority
     * pods to the same node, and nominates the preemptor there.
     */
    private void preempt(Pod pod, Preemption.Candidate c) {
        String node = c.node().node.name();
        int priority = priorities.priority(pod);
        List<String> victims = new ArrayList<>();
        List<Integer> victimPriorities = new ArrayList<>();
        for (Pod v : c.victims()) {
            victims.add(v.key());
            victimPriorities.add(priorities.priority(v));
        }
        sink.emit(new Preempted(kernel.now(), pod.key(), priority, node, victims, victimPriorities));
        for (Pod v : c.victims()) {
            client.write(() -> api.deletePod(v.key(), v.spec().terminationGraceNanos(), "Preempted"), null);
        }
        List<String> displaced = new ArrayList<>();
        for (Nomination n : nominated.values()) {
            if (n.node().equals(node) && n.priority() < priority) {
                displaced.add(n.pod().key());
            }
        }
        for (String key : displaced) {
            nominated.remove(key);
            sink.emit(new PodNominated(kernel.now(), key, ""));
        }
        nominated.put(pod.key(), new Nomination(node, pod, priority));
        sink.emit(new PodNominated(kernel.now(), pod.key(), node));
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
