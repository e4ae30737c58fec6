package dev.podium.world.kube.control;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Hpa;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.ReplicaSet;
import dev.podium.world.kube.flow.ThrottleLog;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.SharedInformer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kube-controller-manager: one shared informer per resource (the SharedInformerFactory: informers named
 * {@code kcm/pods}, {@code kcm/replicasets}, ...), with the indexes the controllers need, and the controllers. Each
 * controller has its own API client (QPS/burst from {@link KubeParams}) and worker count. Kernel thread only.
 */
public final class ControllerManager {
    static final String BY_OWNER = "owner";
    static final String BY_NODE = "node";
    static final String BY_NAMESPACE = "namespace";

    private final Kernel kernel;
    private final EventSink sink;
    private final KubeParams params;
    private final Map<String, SharedInformer> informers = new LinkedHashMap<>();
    private final Map<String, ControllerLoop> loops = new LinkedHashMap<>();
    private final Map<String, String> primaryInformer = new LinkedHashMap<>();
    private final NodeLifecycleController nodeLifecycle;

    public ControllerManager(Kernel kernel, EventSink sink, ApiServer api, KubeParams params, NodeLeases leases,
            CpuLoad load) {
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        SharedInformer pods = informer(api, Kind.POD);
        pods.indexer().addIndex(BY_OWNER, o -> ((Pod) o).owner().isEmpty() ? null : ((Pod) o).owner());
        pods.indexer().addIndex(BY_NODE, o -> ((Pod) o).nodeName().isEmpty() ? null : ((Pod) o).nodeName());
        pods.indexer().addIndex(BY_NAMESPACE, o -> ((Pod) o).namespace());
        SharedInformer replicaSets = informer(api, Kind.REPLICASET);
        replicaSets.indexer().addIndex(BY_OWNER,
                o -> ((ReplicaSet) o).owner().isEmpty() ? null : ((ReplicaSet) o).owner());
        SharedInformer deployments = informer(api, Kind.DEPLOYMENT);
        SharedInformer nodes = informer(api, Kind.NODE);
        SharedInformer hpas = informer(api, Kind.HPA);
        hpas.indexer().addIndex(BY_OWNER, o -> ((Hpa) o).target());
        SharedInformer services = informer(api, Kind.SERVICE);
        services.indexer().addIndex(BY_NAMESPACE, o -> ((dev.podium.world.kube.api.Service) o).namespace());

        ControllerLoop.Factory factory = (name, reconciler) -> {
            ApiClient client = client(api);
            ThrottleLog log = new ThrottleLog(kernel, sink, name);
            String request = "(a write of the " + name + " controller)";
            client.setWaitListener(wait -> log.waited(wait, ThrottleLog.THROTTLING, request));
            ControllerLoop loop = new ControllerLoop(name, workers(name), kernel, sink, client,
                    params.reconcileNanos(), reconciler);
            loops.put(name, loop);
            return loop;
        };
        new ReplicaSetController(kernel, api, pods, replicaSets, factory);
        primaryInformer.put("replicaset", replicaSets.name());
        new DeploymentController(kernel, api, deployments, replicaSets, pods, factory);
        primaryInformer.put("deployment", deployments.name());
        new HpaController(kernel, sink, api, hpas, deployments, replicaSets, pods, load, params.hpaSyncNanos(),
                params.hpaTolerancePermille(), factory);
        primaryInformer.put("horizontalpodautoscaling", hpas.name());
        new EndpointsController(api, services, pods, factory);
        primaryInformer.put("endpoints", services.name());
        this.nodeLifecycle = new NodeLifecycleController(kernel, api, client(api), nodes, pods, leases, params);
        primaryInformer.put("nodelifecycle", nodes.name());
        new TaintEvictionController(kernel, sink, api, client(api), nodes, pods);
    }

    private SharedInformer informer(ApiServer api, Kind kind) {
        SharedInformer inf = new SharedInformer("kcm/" + kind.resource(), kind, kernel, sink, api, params);
        informers.put(inf.name(), inf);
        return inf;
    }

    private ApiClient client(ApiServer api) {
        return new ApiClient(kernel, api, params.kcmQps(), params.kcmBurst(), params.apiWriteNanos());
    }

    private int workers(String name) {
        switch (name) {
            case "replicaset":
                return params.replicaSetWorkers();
            case "deployment":
                return params.deploymentWorkers();
            case "horizontalpodautoscaling":
                return params.hpaWorkers();
            default:
                return params.endpointsWorkers();
        }
    }

    /** Starts every informer (LIST then WATCH) and every controller. */
    public void start() {
        List<String> names = new ArrayList<>(informers.keySet());
        for (ControllerLoop loop : loops.values()) {
            loop.start(Collections.singletonList(primaryInformer.get(loop.name())));
        }
        for (String name : names) {
            informers.get(name).start();
        }
        nodeLifecycle.start();
    }

    /** Informers by name ({@code kcm/pods}, ...), in creation order. */
    public Map<String, SharedInformer> informers() {
        return Collections.unmodifiableMap(informers);
    }

    /** Controller loops by name, in creation order. */
    public Map<String, ControllerLoop> controllers() {
        return Collections.unmodifiableMap(loops);
    }

    /** The informer a controller mainly watches ({@code replicaset} → {@code kcm/replicasets}), or null. */
    public String primaryInformer(String controller) {
        return primaryInformer.get(controller);
    }
}
