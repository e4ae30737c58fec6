package dev.podium.world.kube.custom;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.Glob;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.CustomObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.custom.event.CustomResourceDefinitionCreated;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.SharedInformer;
import dev.podium.world.kube.spec.CrdManifest;
import dev.podium.world.kube.spec.CustomManifest;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.OperatorManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom-resource side of a simulated cluster, present only when the manifests hold a CustomResourceDefinition:
 * it registers each CRD (CustomResourceDefinitionCreated), creates the custom objects in the API server as
 * {@code kubectl apply} would, in manifest order, then starts the garbage collector (informer
 * {@code kcm/customresources}) and each {@link Operator} (informers {@code <operator>/<plural>} and
 * {@code <operator>/pods}), whose informers LIST them as the built-in controllers' do. Operators use
 * controller-runtime's client limits (QPS 20, burst 30). Kernel thread only.
 */
public final class CustomResources {
    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final KubeParams params;
    private final List<CrdManifest> crds = new ArrayList<>();
    private final List<SharedInformer> informers = new ArrayList<>();
    private final List<ControllerLoop> loops = new ArrayList<>();
    private final Map<String, String> primaryInformer = new LinkedHashMap<>();
    private final ApiClient user;

    private CustomResources(Kernel kernel, EventSink sink, ApiServer api, KubeParams params) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.params = params;
        this.user = new ApiClient(kernel, api, 1000, 1000, params.apiWriteNanos());
    }

    /** Registers the CRDs and creates the custom objects at the current time; null when there is no CRD. */
    public static CustomResources start(Kernel kernel, EventSink sink, ApiServer api, KubeParams params,
            List<KubeManifest> manifests) {
        CustomResources c = new CustomResources(kernel, sink, api, params);
        for (KubeManifest m : manifests) {
            if (m instanceof CrdManifest crd) {
                c.crds.add(crd);
                sink.emit(new CustomResourceDefinitionCreated(kernel.now(), crd.meta().name(), crd.resourceKind(),
                        crd.apiVersion(), crd.plural(), crd.namespaced() ? "Namespaced" : "Cluster"));
            }
        }
        if (c.crds.isEmpty()) {
            return null;
        }
        for (KubeManifest m : manifests) {
            if (m instanceof CustomManifest o) {
                c.create(o);
            }
        }
        c.startControllers(manifests);
        return c;
    }

    private void startControllers(List<KubeManifest> manifests) {
        SharedInformer owners = informer("kcm/customresources", Kind.CUSTOM);
        new GarbageCollector(kernel, sink, api, owners, factory(params.endpointsWorkers(), 20, 30));
        primaryInformer.put(GarbageCollector.NAME, owners.name());
        for (KubeManifest m : manifests) {
            if (m instanceof OperatorManifest op) {
                String plural = crds.stream().filter(c -> c.resourceKind().equals(op.watchKind())).findFirst()
                        .map(CrdManifest::plural).orElse("customresources");
                SharedInformer objects = informer(op.meta().name() + "/" + plural, Kind.CUSTOM);
                SharedInformer pods = informer(op.meta().name() + "/pods", Kind.POD);
                new Operator(kernel, api, op, objects, pods, factory(op.workers(), 20, 30));
                primaryInformer.put(op.meta().name(), objects.name());
            }
        }
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

    private ControllerLoop.Factory factory(int workers, double qps, int burst) {
        return (name, reconciler) -> {
            ControllerLoop loop = new ControllerLoop(name, workers, kernel, sink, new ApiClient(kernel, api, qps,
                    burst, params.apiWriteNanos()), params.reconcileNanos(), reconciler);
            loops.add(loop);
            return loop;
        };
    }

    /**
     * kubectl delete of the custom objects whose {@code namespace/name} or name matches {@code pattern}, with the
     * propagation policy Background, Foreground or Orphan. Returns how many matched.
     */
    public int delete(String pattern, String propagation) {
        int n = 0;
        for (ApiObject o : api.list(Kind.CUSTOM)) {
            CustomObject c = (CustomObject) o;
            if (Glob.matches(pattern, c.key()) || Glob.matches(pattern, c.name())) {
                user.write(() -> api.deleteWithPropagation(Kind.CUSTOM, c.key(), propagation, "user"), null);
                n++;
            }
        }
        return n;
    }

    /** The informers of the garbage collector and the operators, in creation order. */
    public List<SharedInformer> informers() {
        return List.copyOf(informers);
    }

    /** The informer a controller here mainly watches, or null. */
    public String primaryInformer(String controller) {
        return primaryInformer.get(controller);
    }

    private void create(CustomManifest m) {
        String ns = m.meta().namespace();
        api.create(CustomObject.create(Kind.CUSTOM, m.apiVersion(), m.customKind(), ns, m.meta().name(), m.fields()),
                "user");
    }

    /** The CRDs registered, in manifest order. */
    public List<CrdManifest> crds() {
        return List.copyOf(crds);
    }
}
