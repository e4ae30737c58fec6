package dev.podium.world.kube.workload;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.SharedInformer;
import dev.podium.world.kube.node.ContainerBehaviour;
import dev.podium.world.kube.spec.DaemonSetManifest;
import dev.podium.world.kube.spec.JobManifest;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.PodTemplate;
import dev.podium.world.kube.spec.StatefulSetManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The workload controllers beyond Deployments, present only when the manifests hold one of their kinds (so runs
 * without them keep their recordings): creates the objects in the API server as {@code kubectl apply} would, in
 * manifest order, then starts informers {@code kcm/statefulsets}, {@code kcm/daemonsets} and {@code kcm/jobs} and the
 * {@code statefulset}, {@code daemonset} and {@code job} controllers, which share controller-manager's pod and node informers and client limits. Kernel thread only.
 */
public final class Workloads {
    /** The pod-informer index of this package's controllers: a pod's {@code Kind:namespace/name} owner. */
    static final String BY_CONTROLLER = "controller";

    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final KubeParams params;
    private final List<SharedInformer> informers = new ArrayList<>();
    private final List<ControllerLoop> loops = new ArrayList<>();
    private final Map<String, String> primaryInformer = new LinkedHashMap<>();
    private final JobBehaviour jobRuns = new JobBehaviour();

    private Workloads(Kernel kernel, EventSink sink, ApiServer api, KubeParams params) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.params = params;
    }

    /** True if {@code m} is a kind this package runs. */
    public static boolean handles(KubeManifest m) {
        return m instanceof StatefulSetManifest || m instanceof DaemonSetManifest || m instanceof JobManifest;
    }

    /**
     * Creates the workload objects at the current time and wires their controllers to controller-manager's
     * informers {@code kcm/pods} and {@code kcm/nodes} in {@code kcm} (which must not have started); returns null
     * when the manifests hold none. Call {@link #start()} after.
     */
    public static Workloads create(Kernel kernel, EventSink sink, ApiServer api, KubeParams params,
            List<KubeManifest> manifests, Map<String, SharedInformer> kcm) {
        SharedInformer pods = kcm.get("kcm/" + Kind.POD.resource());
        if (manifests.stream().noneMatch(Workloads::handles)) {
            return null;
        }
        Workloads w = new Workloads(kernel, sink, api, params);
        for (KubeManifest m : manifests) {
            if (m instanceof StatefulSetManifest s) {
                String ns = s.meta().namespace().isEmpty() ? "default" : s.meta().namespace();
                api.create(new StatefulSet(ns, s.meta().name(), ns + "/" + s.meta().name(), s.replicas(),
                        s.selector(), s.template(), s.serviceName(), s.podManagementPolicy(), 0, 0, 0), "user");
            } else if (m instanceof DaemonSetManifest d) {
                String ns = d.meta().namespace().isEmpty() ? "default" : d.meta().namespace();
                api.create(new DaemonSet(ns, d.meta().name(), ns + "/" + d.meta().name(), d.selector(), d.template(),
                        d.updateStrategy(), d.maxUnavailable(), 1, 0, 0, 0, 0, 0), "user");
            } else if (m instanceof JobManifest j) {
                String ns = j.meta().namespace().isEmpty() ? "default" : j.meta().namespace();
                Job job = new Job(ns, j.meta().name(), ns + "/" + j.meta().name(), j.completions(), j.parallelism(),
                        j.backoffLimit(), j.template(), j.runNanos(), 0, 0, 0, "", "", 0);
                w.jobRuns.add(job);
                api.create(job, "user");
            }
        }
        pods.indexer().addIndex(BY_CONTROLLER, o -> {
            String owner = ((Pod) o).owner();
            return owner.indexOf(':') > 0 ? owner : null;
        });
        SharedInformer sets = w.informer("kcm/" + Kind.STATEFULSET.resource(), Kind.STATEFULSET);
        new StatefulSetController(kernel, api, pods, sets, BY_CONTROLLER, w.factory());
        w.primaryInformer.put(StatefulSetController.NAME, sets.name());
        SharedInformer daemons = w.informer("kcm/" + Kind.DAEMONSET.resource(), Kind.DAEMONSET);
        new DaemonSetController(kernel, api, pods, kcm.get("kcm/" + Kind.NODE.resource()), daemons, BY_CONTROLLER,
                w.factory());
        w.primaryInformer.put(DaemonSetController.NAME, daemons.name());
        SharedInformer jobs = w.informer("kcm/" + Kind.JOB.resource(), Kind.JOB);
        new JobController(kernel, api, pods, jobs, BY_CONTROLLER, w.factory());
        w.primaryInformer.put(JobController.NAME, jobs.name());
        return w;
    }

    /** Starts the controllers and this package's informers (LIST then WATCH). */
    public void start() {
        for (ControllerLoop loop : loops) {
            loop.start(List.of(primaryInformer.get(loop.name())));
        }
        for (SharedInformer inf : informers) {
            inf.start();
        }
    }

    private SharedInformer informer(String name, Kind kind) {
        SharedInformer inf = new SharedInformer(name, kind, kernel, sink, api, params);
        informers.add(inf);
        return inf;
    }

    private ControllerLoop.Factory factory() {
        return (name, reconciler) -> {
            ControllerLoop loop = new ControllerLoop(name, 1, kernel, sink, new ApiClient(kernel, api,
                    params.kcmQps(), params.kcmBurst(), params.apiWriteNanos()), params.reconcileNanos(), reconciler);
            loops.add(loop);
            return loop;
        };
    }

    /** What runs in Jobs' pods (each container exits 0 after its Job's run time), for the kubelets. */
    public ContainerBehaviour jobBehaviour() {
        return jobRuns;
    }

    /** This package's informers, in creation order. */
    public List<SharedInformer> informers() {
        return List.copyOf(informers);
    }

    /** The informer a controller here mainly watches, or null. */
    public String primaryInformer(String controller) {
        return primaryInformer.get(controller);
    }

    /** kubectl set image on a DaemonSet's template; false if there is no DaemonSet {@code key}. */
    public boolean setImage(ApiClient user, String key, UnaryOperator<PodTemplate> change) {
        if (api.get(Kind.DAEMONSET, key) == null) {
            return false;
        }
        user.write(() -> api.patch(Kind.DAEMONSET, key, o -> ((DaemonSet) o).withTemplate(change.apply(
                ((DaemonSet) o).template())), "user"), null);
        return true;
    }

    /** kubectl scale statefulset; false if there is no StatefulSet {@code key}. */
    public boolean scale(ApiClient user, String key, int replicas) {
        if (api.get(Kind.STATEFULSET, key) == null) {
            return false;
        }
        user.write(() -> api.patch(Kind.STATEFULSET, key, o -> ((StatefulSet) o).withReplicas(replicas), "user"),
                null);
        return true;
    }
}
