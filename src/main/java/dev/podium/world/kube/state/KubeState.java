package dev.podium.world.kube.state;

import dev.podium.world.kube.flow.FlowState;
import dev.podium.world.kube.custom.CustomState;
import dev.podium.world.kube.config.ConfigState;
import dev.podium.world.kube.sched.SchedState;
import dev.podium.world.kube.traffic.TrafficState;
import dev.podium.world.kube.workload.WorkloadState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Kubernetes world at one time, folded by {@link KubeProjection}: nodes, pods, Deployments, ReplicaSets,
 * HPAs, Services with endpoints, each controller's workqueue, informers, the latest kubectl-style events and a
 * live session's latest pipeline samples.
 *
 * <p>Entities are immutable records in {@link CowMap}s, so {@link #copy()} costs O(entities / 64) references
 * plus the small workqueue and event structures, and a copy never shares mutable state with its original: the
 * timeline's checkpoints (one per 2,048 events) stay cheap at 150,000 pods. Views read it; only the projection
 * changes it. Not thread-safe.
 */
public final class KubeState {
    /** How many kubectl-style event lines are kept. */
    public static final int RECENT_EVENTS = 200;
    /** How many live pipeline samples are kept (a minute at one a second). */
    public static final int PIPELINE_SAMPLES = 60;

    CowMap<PodView> pods;
    CowMap<NodeView> nodes;
    CowMap<DeploymentView> deployments;
    CowMap<ReplicaSetView> replicaSets;
    CowMap<HpaView> hpas;
    CowMap<ServiceView> services;
    final TreeMap<String, WorkqueueView> workqueues;
    final TreeMap<String, InformerView> informers;
    final ArrayDeque<EventLine> recentEvents;
    /** Nodes removed while pods were still bound to them (see {@link RemovalFold}). */
    final TreeSet<String> nodesGoneWithPods;
    final ArrayDeque<PipelineSample> pipeline;
    /** Services, Ingresses and requests (see {@link TrafficState}). */
    final TrafficState traffic;
    /** API clients, priority levels and the Lease (see {@link FlowState}). */
    final FlowState flow;
    /** CRDs, custom objects, owner references (see {@link CustomState}). */
    final CustomState custom;
    /** What each pod's containers hold of ConfigMaps and Secrets (see {@link ConfigState}). */
    final ConfigState config;
    /** StatefulSets (see {@link WorkloadState}). */
    final WorkloadState workloads;
    /** Nominated nodes and preemption victims (see {@link SchedState}). */
    final SchedState sched;
    long podsCreated;
    long podsDeleted;
    long reconciles;
    long timeNanos;

    KubeState() {
        pods = new CowMap<>();
        nodes = new CowMap<>();
        deployments = new CowMap<>();
        replicaSets = new CowMap<>();
        hpas = new CowMap<>();
        services = new CowMap<>();
        workqueues = new TreeMap<>();
        informers = new TreeMap<>();
        recentEvents = new ArrayDeque<>();
        nodesGoneWithPods = new TreeSet<>();
        pipeline = new ArrayDeque<>();
        traffic = new TrafficState();
        flow = new FlowState();
        custom = new CustomState();
        config = new ConfigState();
        workloads = new WorkloadState();
        sched = new SchedState();
    }

    private KubeState(KubeState o) {
        pods = o.pods.copy();
        nodes = o.nodes.copy();
        deployments = o.deployments.copy();
        replicaSets = o.replicaSets.copy();
        hpas = o.hpas.copy();
        services = o.services.copy();
        workqueues = new TreeMap<>();
        for (Map.Entry<String, WorkqueueView> e : o.workqueues.entrySet()) {
            workqueues.put(e.getKey(), e.getValue().copy());
        }
        informers = new TreeMap<>(o.informers);
        recentEvents = new ArrayDeque<>(o.recentEvents);
        nodesGoneWithPods = new TreeSet<>(o.nodesGoneWithPods);
        pipeline = new ArrayDeque<>(o.pipeline);
        traffic = o.traffic.copy();
        flow = o.flow.copy();
        custom = o.custom.copy();
        config = o.config.copy();
        workloads = o.workloads.copy();
        sched = o.sched.copy();
        podsCreated = o.podsCreated;
        podsDeleted = o.podsDeleted;
        reconciles = o.reconciles;
        timeNanos = o.timeNanos;
    }

    /** The preemption part: nominated nodes, victims. */
    public SchedState sched() {
        return sched;
    }

    /** The traffic part: EndpointSlices, kube-proxy rules, requests. */
    public TrafficState traffic() {
        return traffic;
    }

    /** The client side: token buckets, API Priority and Fairness, leader election. */
    public FlowState flow() {
        return flow;
    }

    /** The ConfigMap and Secret part: what each pod's volumes, env and subPath mounts hold. */
    public ConfigState config() {
        return config;
    }

    /** The custom-resource part: CRDs, custom objects and Secrets, owner references. */
    public CustomState custom() {
        return custom;
    }

    /** The workload part beyond Deployments: StatefulSets. */
    public WorkloadState workloads() {
        return workloads;
    }

    /** An independent copy (structural sharing; see the class comment). */
    public KubeState copy() {
        return new KubeState(this);
    }

    public PodView pod(String key) {
        return pods.get(key);
    }

    public NodeView node(String name) {
        return nodes.get(name);
    }

    public DeploymentView deployment(String key) {
        return deployments.get(key);
    }

    public ReplicaSetView replicaSet(String key) {
        return replicaSets.get(key);
    }

    public HpaView hpa(String key) {
        return hpas.get(key);
    }

    public ServiceView service(String key) {
        return services.get(key);
    }

    public int podCount() {
        return pods.size();
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** Every pod (shard order; sort for display). */
    public List<PodView> pods() {
        return pods.values();
    }

    /** Every node, sorted by name. */
    public List<NodeView> nodes() {
        List<NodeView> out = new ArrayList<>();
        for (String k : nodes.sortedKeys()) {
            out.add(nodes.get(k));
        }
        return out;
    }

    public List<DeploymentView> deployments() {
        return deployments.values();
    }

    public List<ReplicaSetView> replicaSets() {
        return replicaSets.values();
    }

    public List<HpaView> hpas() {
        return hpas.values();
    }

    public List<ServiceView> services() {
        return services.values();
    }

    /** Workqueues by controller name. */
    public Map<String, WorkqueueView> workqueues() {
        return Collections.unmodifiableMap(workqueues);
    }

    /** Informers by name. */
    public Map<String, InformerView> informers() {
        return Collections.unmodifiableMap(informers);
    }

    /** The latest kubectl-style events, oldest first. */
    public List<EventLine> recentEvents() {
        return new ArrayList<>(recentEvents);
    }

    /** A live session's own pipeline samples, oldest first (empty in simulated timelines). */
    public List<PipelineSample> pipelineSamples() {
        return new ArrayList<>(pipeline);
    }

    /** The newest live pipeline sample, or null if there is none. */
    public PipelineSample lastPipelineSample() {
        return pipeline.peekLast();
    }

    public long podsCreated() {
        return podsCreated;
    }

    public long podsDeleted() {
        return podsDeleted;
    }

    public long reconciles() {
        return reconciles;
    }

    /** Time of the last event folded. */
    public long timeNanos() {
        return timeNanos;
    }

    /** Shards held by the pod map (what one copy costs for pods). */
    public int podShards() {
        return pods.shardCount();
    }
}
