package dev.podium.world.kube.workload;

/**
 * A DaemonSet as the views show it: status (nodes that should run it, that do, ready, on the current template), the
 * update strategy and the current template's image and generation.
 */
public record DaemonSetView(String key, int desired, int current, int ready, int updated, String updateStrategy,
        String maxUnavailable, String image, long generation) {
}
