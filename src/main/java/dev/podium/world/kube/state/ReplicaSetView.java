package dev.podium.world.kube.state;

/** A ReplicaSet: owner Deployment, revision, pod-template-hash, DESIRED/CURRENT/READY/AVAILABLE. */
public record ReplicaSetView(String key, String deployment, int revision, String templateHash, int replicas,
        int current, int ready, int available, String image) {
}
