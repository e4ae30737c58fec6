package dev.podium.world.kube.workload;

/** A StatefulSet as the views show it: spec.replicas, status (pods that exist, ready), policy and image. */
public record StatefulSetView(String key, int replicas, int current, int ready, String podManagementPolicy,
        String image) {
}
