package dev.podium.world.kube.custom;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.CustomObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.custom.event.CustomResourceDefinitionCreated;
import dev.podium.world.kube.spec.CrdManifest;
import dev.podium.world.kube.spec.CustomManifest;
import dev.podium.world.kube.spec.KubeManifest;
import java.util.ArrayList;
import java.util.List;

/**
 * The custom-resource side of a simulated cluster, present only when the manifests hold a CustomResourceDefinition:
 * it registers each CRD (CustomResourceDefinitionCreated), then creates the custom objects in the API server as
 * {@code kubectl apply} would, in manifest order. Kernel thread only.
 */
public final class CustomResources {
    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final List<CrdManifest> crds = new ArrayList<>();

    private CustomResources(Kernel kernel, EventSink sink, ApiServer api) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
    }

    /** Registers the CRDs and creates the custom objects at the current time; null when there is no CRD. */
    public static CustomResources start(Kernel kernel, EventSink sink, ApiServer api, KubeParams params,
            List<KubeManifest> manifests) {
        CustomResources c = new CustomResources(kernel, sink, api);
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
        return c;
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
