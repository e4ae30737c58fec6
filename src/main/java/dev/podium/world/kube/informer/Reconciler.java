package dev.podium.world.kube.informer;

/** A controller's sync function: reads its informers' caches and issues writes through the context. */
@FunctionalInterface
public interface Reconciler {
    void reconcile(String key, ReconcileContext context);
}
