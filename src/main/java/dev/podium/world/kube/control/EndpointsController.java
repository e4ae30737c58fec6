package dev.podium.world.kube.control;

import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Endpoints;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.Service;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The endpoints controller (k/k pkg/controller/endpoint): a Service's endpoints are the pods it selects, split
 * into ready (Ready condition True and no deletionTimestamp) and not ready. Pod events enqueue every Service of the
 * pod's namespace that selects it (before or after the change). Terminal pods are left out.
 *
 * <p>Simplified: one Endpoints object per Service (no EndpointSlices, no 100-endpoint slicing); the controller
 * compares with the Endpoints in the API server rather than an endpoints informer.
 */
final class EndpointsController implements Reconciler {
    private final ApiServer api;
    private final SharedInformer services;
    private final SharedInformer pods;
    private final ControllerLoop loop;

    EndpointsController(ApiServer api, SharedInformer services, SharedInformer pods, ControllerLoop.Factory factory) {
        this.api = api;
        this.services = services;
        this.pods = pods;
        this.loop = factory.create("endpoints", this);
        services.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                loop.queue().add(object.key());
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                loop.queue().add(newObject.key());
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                loop.queue().add(lastKnown.key());
            }
        });
        pods.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                enqueueServices((Pod) object);
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                Pod a = (Pod) oldObject;
                Pod b = (Pod) newObject;
                if (a.ready() != b.ready() || a.deleting() != b.deleting() || a.terminal() != b.terminal()
                        || !a.nodeName().equals(b.nodeName()) || a.resourceVersion() == b.resourceVersion()) {
                    enqueueServices(b);
                }
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                enqueueServices((Pod) lastKnown);
            }
        });
    }

    private void enqueueServices(Pod pod) {
        for (String key : services.indexer().keys(ControllerManager.BY_NAMESPACE, pod.namespace())) {
            if (((Service) services.indexer().get(key)).selects(pod)) {
                loop.queue().add(key);
            }
        }
    }

    ControllerLoop loop() {
        return loop;
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        Service svc = (Service) services.indexer().get(key);
        if (svc == null) {
            ctx.observed("deleted");
            if (api.get(Kind.ENDPOINTS, key) != null) {
                ctx.write(() -> api.delete(Kind.ENDPOINTS, key, "endpoints"));
                ctx.action("deleteEndpoints", 1);
            }
            return;
        }
        List<String> ready = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        for (String podKey : pods.indexer().keys(ControllerManager.BY_NAMESPACE, svc.namespace())) {
            Pod p = (Pod) pods.indexer().get(podKey);
            if (!svc.selects(p) || p.terminal() || p.nodeName().isEmpty()) {
                continue;
            }
            (p.ready() && !p.deleting() ? ready : notReady).add(p.key());
        }
        Collections.sort(ready);
        Collections.sort(notReady);
        ctx.observed("ready " + ready.size() + " notReady " + notReady.size());
        Endpoints current = (Endpoints) api.get(Kind.ENDPOINTS, key);
        if (current != null && current.ready().equals(ready) && current.notReady().equals(notReady)) {
            return;
        }
        Endpoints next = new Endpoints(key, ready, notReady, 0);
        if (current == null) {
            ctx.write(() -> api.create(next, "endpoints"));
        } else {
            ctx.write(() -> api.patch(Kind.ENDPOINTS, key, o -> next, "endpoints"));
        }
        ctx.action("updateEndpoints", ready.size());
    }
}
