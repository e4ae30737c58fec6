package dev.podium.world.kube;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.config.ConfigTracker;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.control.ControllerManager;
import dev.podium.world.kube.control.CpuLoad;
import dev.podium.world.kube.custom.BuiltinGarbageCollector;
import dev.podium.world.kube.custom.CustomResources;
import dev.podium.world.kube.event.ClusterActionApplied;
import dev.podium.world.kube.flow.Flow;
import dev.podium.world.kube.flow.FlowParams;
import dev.podium.world.kube.informer.SharedInformer;
import dev.podium.world.kube.node.ContainerBehaviour;
import dev.podium.world.kube.node.ContainerBehaviours;
import dev.podium.world.kube.node.Kubelet;
import dev.podium.world.kube.node.ProbeRules;
import dev.podium.world.kube.node.ScriptedBehaviour;
import dev.podium.world.kube.sched.Scheduler;
import dev.podium.world.kube.spec.IngressManifest;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.NodeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.ServiceManifest;
import dev.podium.world.kube.traffic.Traffic;
import dev.podium.world.kube.traffic.TrafficParams;
import java.nio.charset.StandardCharsets;
import dev.podium.world.kube.workload.Workloads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated Kubernetes cluster: an API server, kube-scheduler, kube-controller-manager and one kubelet per
 * node, all on one {@link Kernel}, emitting {@code KubeEvent}s to the sink.
 *
 * <p>{@link #start()} creates the nodes and every manifest object in the API server at the current time (as
 * {@code kubectl apply} would), then starts the components, whose informers LIST them: the pipeline is visible from
 * the first LIST. The action methods are what scenarios and users do; each is a plain deterministic call that
 * takes effect through the API at the current simulated time (an action in the UI forks the run). Names: a pod
 * pattern is a glob on {@code namespace/name} or on the name alone; a Deployment name without a namespace means
 * {@code default}.
 *
 * <p>What runs inside the containers is a {@link ContainerBehaviour} that the kubelets ask at each probe and
 * container start: the cluster's own {@link ScriptedBehaviour} (what the probe actions and image names script),
 * plus any that {@link #addContainerBehaviour} adds, such as another world's model of the process.
 *
 * <p>Kernel thread only.
 */
public final class KubeCluster {
    /** The world's name in scenarios and recordings. */
    public static final String WORLD = "kube";

    private final Kernel kernel;
    private final EventSink sink;
    private final KubeParams params;
    private final List<KubeManifest> manifests;
    private final ApiServer api;
    private final ApiClient user;
    private final DeploymentEdits deployments;
    private final ObjectDeletion deletion;
    private final Scheduler scheduler;
    private final ControllerManager controllers;
    private final Map<String, Kubelet> kubelets = new LinkedHashMap<>();
    private final ProbeRules probeRules = new ProbeRules();
    private final ContainerBehaviours behaviours;
    private final CpuLoad load = new CpuLoad();
    private final ConfigTracker configs;
    private TrafficParams trafficParams = TrafficParams.defaults();
    private Traffic traffic;
    private FlowParams flowParams = FlowParams.defaults();
    private Flow flow;
    private CustomResources custom;
    private Workloads workloads;

    public KubeCluster(Kernel kernel, EventSink sink, KubeParams params, List<KubeManifest> manifests) {
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.manifests = List.copyOf(manifests);
        this.behaviours = new ContainerBehaviours(new ScriptedBehaviour(probeRules, params.crashAfterNanos()));
        this.api = new ApiServer(kernel, sink, params.watchDelayNanos());
        this.configs = new ConfigTracker(kernel, sink, api, params.watchDelayNanos(), this.manifests);
        this.user = new ApiClient(kernel, api, 1000, 1000, params.apiWriteNanos());
        this.deployments = new DeploymentEdits(api, user);
        this.deletion = new ObjectDeletion(api, user);
        configs.roller(deployments::annotateTemplate);
        this.scheduler = new Scheduler(kernel, sink, api, params, manifests);
        this.controllers = new ControllerManager(kernel, sink, api, params, node -> {
            Kubelet k = kubelets.get(node);
            return k == null ? -1 : k.lastRenewNanos();
        }, load);
    }

    /** Creates nodes and objects at the current time, then starts every component. */
    public void start() {
        for (KubeManifest m : manifests) {
            if (m instanceof NodeManifest) {
                addNode((NodeManifest) m);
            }
        }
        for (KubeManifest m : manifests) {
            if (!(m instanceof NodeManifest)) {
                ManifestObjects.create(api, m, kernel.now());
            }
        }
        custom = CustomResources.start(kernel, sink, api, params, manifests);
        BuiltinGarbageCollector.start(kernel, sink, api, params.watchDelayNanos(), params.apiWriteNanos());
        workloads = Workloads.create(kernel, sink, api, params, manifests, controllers.informers());
        if (workloads != null) {
            addContainerBehaviour(workloads.jobBehaviour());
            workloads.start();
        }
        controllers.start();
        scheduler.start();
        List<IngressManifest> ingresses = new ArrayList<>();
        manifests.stream().filter(m -> m instanceof IngressManifest).forEach(m -> ingresses.add((IngressManifest) m));
        if (!ingresses.isEmpty() || !trafficParams.targets().isEmpty()) {
            List<ServiceManifest> services = new ArrayList<>();
            manifests.stream().filter(m -> m instanceof ServiceManifest)
                    .forEach(m -> services.add((ServiceManifest) m));
            traffic = Traffic.start(kernel, sink, api, trafficParams, ingresses, services, this::listening);
        }
        if (flowParams.active()) {
            flow = Flow.start(kernel, sink, flowParams);
        }
    }

    /** Sets the API clients, API Priority and Fairness and leader election of the run; call before {@link #start()}. */
    public void setFlowParams(FlowParams params) {
        this.flowParams = params;
    }

    /** The setClientWorkers action: how many workers of the API client send requests from now on. */
    public void setClientWorkers(String client, int workers) {
        requireFlow().setWorkers(client, workers);
        acted("setClientWorkers", client, workers + " worker(s)");
    }

    /** The killLeader action: the replica holding the Lease dies (it does not release the Lease). */
    public void killLeader(String lease) {
        String killed = requireFlow().killLeader(lease);
        acted("killLeader", lease, killed == null ? "no leader" : killed);
    }

    private Flow requireFlow() {
        if (flow == null) {
            throw new IllegalArgumentException("this cluster has no API clients or leader election: add the kube "
                    + "params client.<name>.* or leaderElection");
        }
        return flow;
    }

    /**
     * Sets the traffic knobs; call before {@link #start()}. Traffic (EndpointSlices, kube-proxies, the client) runs
     * when the manifests have an Ingress or the params name targets.
     */
    public void setTrafficParams(TrafficParams params) {
        this.trafficParams = params;
    }

    /** True if the pod exists and its application accepts connections now (its kubelet's view). */
    private boolean listening(String podKey) {
        Pod p = api.pod(podKey);
        Kubelet k = p == null ? null : kubelets.get(p.nodeName());
        return k != null && k.listening(podKey);
    }

    /** The setTrafficRate action: the client's requests per second from now on. */
    public void setTrafficRate(long requestsPerSecond) {
        if (traffic == null) {
            throw new IllegalArgumentException("this cluster has no traffic: add an Ingress or the kube param "
                    + "trafficTargets");
        }
        traffic.setRate(requestsPerSecond);
        acted("setTrafficRate", "client", requestsPerSecond + " req/s");
    }

    private void addNode(NodeManifest m) {
        Map<String, String> labels = new TreeMap<>(m.meta().labels());
        labels.putIfAbsent("kubernetes.io/hostname", m.meta().name());
        api.create(new Node(m.meta().name(), m.allocatable(), m.maxPods(), labels, m.taints(), m.unschedulable(),
                "True", "KubeletReady", 0), "kubelet");
        Kubelet kubelet = new Kubelet(kernel, configs.watching(sink), api, params, m.meta().name(), behaviours);
        kubelets.put(m.meta().name(), kubelet);
        kubelet.start();
    }

    /**
     * Makes every kubelet consult {@code behaviour} too, after the scripted behaviour and any added before: a probe
     * passes only if every behaviour lets it, and waits for the slowest answer (then the probe's timeoutSeconds
     * applies); the soonest exit wins. Call it before {@link #start()} or while running; it applies from each
     * container's next probe or start on, and emits nothing (it is wiring, not an action). Kernel thread only; see
     * {@link ContainerBehaviour} for what a behaviour may do.
     */
    public void addContainerBehaviour(ContainerBehaviour behaviour) {
        behaviours.add(behaviour);
    }

    // ---------------------------------------------------------------- actions

    /** Deletes matching pods gracefully (their own termination grace period). Returns how many matched. */
    public int deletePod(String podPattern) {
        List<Pod> matched = pods(podPattern);
        for (Pod p : matched) {
            user.write(() -> api.deletePod(p.key(), p.spec().terminationGraceNanos(), "Deleted"), null);
        }
        acted("deletePod", podPattern, matched.size() + " pod(s)");
        return matched.size();
    }

    /** Every container of the matching pods exits with code 1 now (as a crash would). */
    public int crashContainer(String podPattern) {
        return crashContainer(podPattern, "*");
    }

    /** The named container ({@code *} for all) of the matching pods exits with code 1 now. */
    public int crashContainer(String podPattern, String container) {
        int n = 0;
        for (Pod p : pods(podPattern)) {
            Kubelet k = kubelets.get(p.nodeName());
            if (k != null && k.crash(p.key(), container)) {
                n++;
            }
        }
        acted("crashContainer", podPattern, n + " pod(s), container " + container);
        return n;
    }

    /**
     * From now on the liveness probe of {@code container} ({@code *}: any) fails in matching pods, including pods
     * created later: the container is killed after failureThreshold failures and crash-loops.
     */
    public void failLiveness(String podPattern, String container) {
        probeRules.set(podPattern, container, "liveness", true);
        acted("failLiveness", podPattern, container);
    }

    /** Liveness probes of matching pods succeed again. */
    public void restoreLiveness(String podPattern, String container) {
        probeRules.set(podPattern, container, "liveness", false);
        acted("restoreLiveness", podPattern, container);
    }

    /** Readiness probes of matching pods fail (true) or succeed (false) from now on. */
    public void failReadiness(String podPattern, String container, boolean fail) {
        probeRules.set(podPattern, container, "readiness", fail);
        acted(fail ? "failReadiness" : "restoreReadiness", podPattern, container);
    }

    /** The node's kubelet stops (lease, status, restarts); its containers are assumed to keep running. */
    public void failNode(String name) {
        Kubelet k = requireKubelet(name);
        k.fail();
        acted("failNode", name, "");
    }

    /** The node's kubelet comes back and reports Ready. */
    public void recoverNode(String name) {
        requireKubelet(name).recover();
        acted("recoverNode", name, "");
    }

    /**
     * A new node joins, with the capacity, labels and taints of the manifests' node {@code like}; its kubelet
     * registers it and starts at once.
     */
    public void addNode(String name, String like) {
        NodeManifest model = manifests.stream().filter(m -> m instanceof NodeManifest && m.meta().name().equals(like))
                .map(m -> (NodeManifest) m).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no node " + like + " in the manifests to copy"));
        if (kubelets.containsKey(name) || api.node(name) != null) {
            throw new IllegalArgumentException("node " + name + " exists already");
        }
        Map<String, String> labels = new TreeMap<>(model.meta().labels());
        labels.remove("kubernetes.io/hostname");
        addNode(new NodeManifest(new ObjectMeta("", name, labels), model.allocatable(), model.maxPods(),
                model.taints(), false));
        acted("addNode", name, "like " + like);
    }

    /**
     * kubectl delete node: the Node object goes and its kubelet stops (the machine is gone); pods bound to it stay
     * in the API until their controller (or the pod garbage collector) deletes them.
     */
    public void deleteNode(String name) {
        Kubelet k = requireKubelet(name);
        k.fail();
        kubelets.remove(name);
        user.write(() -> api.delete(Kind.NODE, name, "user"), null);
        acted("deleteNode", name, "");
    }

    /** kubectl cordon. */
    public void cordon(String name) {
        setUnschedulable(name, true);
        acted("cordon", name, "");
    }

    /** kubectl uncordon. */
    public void uncordon(String name) {
        setUnschedulable(name, false);
        acted("uncordon", name, "");
    }

    private void setUnschedulable(String name, boolean value) {
        requireKubelet(name);
        user.write(() -> api.patch(Kind.NODE, name, o -> ((Node) o).withUnschedulable(value), "user"), null);
    }

    /** kubectl drain: cordon, then delete every pod on the node (no PodDisruptionBudgets are modelled). */
    public int drain(String name) {
        setUnschedulable(name, true);
        int n = 0;
        for (ApiObject o : api.list(Kind.POD)) {
            Pod p = (Pod) o;
            if (name.equals(p.nodeName()) && !p.deleting()) {
                user.write(() -> api.deletePod(p.key(), p.spec().terminationGraceNanos(), "Drained"), null);
                n++;
            }
        }
        acted("drain", name, n + " pod(s)");
        return n;
    }

    /** kubectl scale deployment (or statefulset, when there is no Deployment of that name). */
    public void scale(String deploymentName, int replicas) {
        acted("scale", deployments.scale(workloads, deploymentName, replicas), Integer.toString(replicas));
    }

    /** kubectl set image on the first container: starts a rollout. */
    public void setImage(String deploymentName, String image) {
        setImage(deploymentName, "", image);
    }

    /** kubectl set image on the named container ("" = the first), of a Deployment or else a DaemonSet. */
    public void setImage(String deploymentName, String container, String image) {
        acted("setImage", deployments.setImage(workloads, deploymentName, container, image), image);
    }

    /**
     * kubectl rollout undo: the Deployment's template becomes that of its ReplicaSet of revision {@code toRevision}
     * (0: the newest before the current one); the Deployment controller then scales that ReplicaSet up and gives it
     * the next revision.
     */
    public void rolloutUndo(String deploymentName, int toRevision) {
        String key = deploymentKey(deploymentName);
        acted("rolloutUndo", key, "to revision " + deployments.rolloutUndo(key, toRevision));
    }

    /**
     * kubectl edit configmap: sets {@code dataKey} to {@code value}. Mounted volumes see it at each pod's next
     * kubelet sync; env and subPath consumers keep the old value until restarted (see {@link ConfigTracker}).
     * The action names the key, the new version and the value's size, never the value.
     */
    public int updateConfigMap(String name, String dataKey, String value) {
        return updateConfigMap(name, dataKey, value, "");
    }

    /**
     * As {@link #updateConfigMap(String, String, String)}, also writing the {@code checksum/config} annotation of
     * the Deployment {@code rollout} ("" for none), which rolls it out so env and subPath read the new version.
     */
    public int updateConfigMap(String name, String dataKey, String value, String rollout) {
        if (!rollout.isEmpty()) {
            requireDeployment(deploymentKey(rollout));
        }
        int version = configs.update(name, dataKey, value, rollout);
        String key = name.contains("/") ? name : "default/" + name;
        acted("updateConfigMap", key, "v" + version + ": " + dataKey + " ("
                + value.getBytes(StandardCharsets.UTF_8).length + " B)");
        return version;
    }

    /** When each update of the ConfigMap was written, in order (version 2 first), for views and tests. */
    public List<Long> configMapUpdates(String name) {
        return configs.updateTimes(name);
    }

    /** Each ready pod of the Deployment uses {@code milliCpuPerPod} of CPU (what the HPA measures). */
    public void setLoad(String deploymentName, long milliCpuPerPod) {
        String key = deploymentKey(deploymentName);
        load.setPerPod(key, milliCpuPerPod);
        acted("setLoad", key, milliCpuPerPod + "m per pod");
    }

    /** The Deployment's ready pods share {@code totalMilliCpu} evenly (scaling out lowers each pod's usage). */
    public void setTotalLoad(String deploymentName, long totalMilliCpu) {
        String key = deploymentKey(deploymentName);
        load.setTotal(key, totalMilliCpu);
        acted("setTotalLoad", key, totalMilliCpu + "m total");
    }

    /**
     * Drops the watch of an informer ({@code kcm/pods}, {@code scheduler/nodes}, a glob) or of a controller's
     * primary informer ({@code replicaset} → {@code kcm/replicasets}); the reflector relists after its back-off.
     */
    public int dropWatch(String name) {
        String target = controllers.primaryInformer(name) != null ? controllers.primaryInformer(name)
                : custom != null && custom.primaryInformer(name) != null ? custom.primaryInformer(name)
                : workloads != null && workloads.primaryInformer(name) != null ? workloads.primaryInformer(name) : name;
        int n = 0;
        for (SharedInformer inf : informers()) {
            if (Glob.matches(target, inf.name()) && inf.dropWatch("410 Gone")) {
                n++;
            }
        }
        acted("dropWatch", name, n + " informer(s)");
        return n;
    }

    // ---------------------------------------------------------------- helpers and views for tests

    private void acted(String action, String target, String detail) {
        sink.emit(new ClusterActionApplied(kernel.now(), action, target, detail));
    }

    private List<Pod> pods(String pattern) {
        List<Pod> out = new ArrayList<>();
        for (ApiObject o : api.list(Kind.POD)) {
            Pod p = (Pod) o;
            if (Glob.matches(pattern, p.key()) || Glob.matches(pattern, p.name())) {
                out.add(p);
            }
        }
        return out;
    }

    private static String deploymentKey(String name) {
        return DeploymentEdits.key(name);
    }

    private void requireDeployment(String key) {
        deployments.require(key);
    }

    private Kubelet requireKubelet(String name) {
        Kubelet k = kubelets.get(name);
        if (k == null) {
            throw new IllegalArgumentException("no node " + name);
        }
        return k;
    }

    /**
     * kubectl delete {@code kind}/{@code name} (deployment, replicaset, hpa, service, statefulset, daemonset, job)
     * with {@code --cascade} background (the default), foreground or orphan (these two for deployment and
     * replicaset only); see {@link ObjectDeletion}.
     */
    public void delete(String kind, String name, String cascade) {
        String propagation = ObjectDeletion.propagation(cascade);
        acted("delete", kind + "/" + deletion.delete(kind, name, propagation), propagation);
    }

    /**
     * kubectl delete of custom objects (a pattern on {@code namespace/name} or name) with {@code propagation}
     * Background, Foreground or Orphan.
     */
    public int deleteObject(String pattern, String propagation) {
        int n = custom == null ? 0 : custom.delete(pattern, propagation);
        acted("deleteObject", pattern, n + " object(s), " + propagation);
        return n;
    }

    /** Every informer of the cluster, controller-manager's first, then custom resources' (if any). */
    public List<SharedInformer> informers() {
        List<SharedInformer> all = new ArrayList<>(controllers.informers().values());
        all.addAll(scheduler.informers());
        if (custom != null) {
            all.addAll(custom.informers());
        }
        if (workloads != null) {
            all.addAll(workloads.informers());
        }
        return all;
    }

    /** The API server (read it in tests; change the cluster through the actions). */
    public ApiServer api() {
        return api;
    }

    public ControllerManager controllerManager() {
        return controllers;
    }

    public Kubelet kubelet(String node) {
        return kubelets.get(node);
    }

    public KubeParams params() {
        return params;
    }
}
