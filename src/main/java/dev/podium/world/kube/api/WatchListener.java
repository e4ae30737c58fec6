package dev.podium.world.kube.api;

/** Receives watch events after the watch delivery latency, on the kernel thread. */
@FunctionalInterface
public interface WatchListener {
    /** {@code object} is the new state, or the last state for DELETED. */
    void onWatchEvent(WatchType type, ApiObject object);
}
