package dev.podium.world.kube.informer;

import dev.podium.world.kube.api.ApiObject;

/**
 * client-go's ResourceEventHandler: called by a {@link SharedInformer} after its cache changed. An update whose
 * old and new resourceVersion are equal is a resync. Handlers typically compute a key and add it to a workqueue.
 */
public interface EventHandler {
    void onAdd(ApiObject object, boolean inInitialList);

    void onUpdate(ApiObject oldObject, ApiObject newObject);

    void onDelete(ApiObject lastKnown);
}
