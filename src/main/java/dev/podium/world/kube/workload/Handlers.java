package dev.podium.world.kube.workload;

import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.Workqueue;
import java.util.function.Consumer;

/** The informer handlers this package's controllers share. Stateless. */
final class Handlers {
    private Handlers() {
    }

    /** A handler that calls {@code onAny} with the new (or last known) object of every add, update and delete. */
    static EventHandler onAny(Consumer<ApiObject> onAny) {
        return new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                onAny.accept(object);
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                onAny.accept(newObject);
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                onAny.accept(lastKnown);
            }
        };
    }

    /** Queues the object's own key on each of its events. */
    static EventHandler ownKey(Workqueue queue) {
        return onAny(o -> queue.add(o.key()));
    }

    /** Queues the owner's key of each event of a pod whose owner is {@code prefix + key}. */
    static EventHandler podOwner(String prefix, Workqueue queue) {
        return onAny(o -> {
            String owner = ((Pod) o).owner();
            if (owner.startsWith(prefix)) {
                queue.add(owner.substring(prefix.length()));
            }
        });
    }
}
