package dev.podium.world.kube.spec;

/** One object read from a manifest: the kinds the simulator supports. */
public sealed interface KubeManifest
        permits PodManifest, NodeManifest, DeploymentManifest, ReplicaSetManifest, ServiceManifest, HpaManifest,
                IngressManifest, ConfigMapManifest, SecretManifest, CrdManifest, CustomManifest, OperatorManifest,
                StatefulSetManifest, DaemonSetManifest, JobManifest, PriorityClassManifest {
    ObjectMeta meta();

    /** The Kubernetes kind, e.g. "Deployment". */
    default String kind() {
        return getClass().getSimpleName().replace("Manifest", "").replace("Hpa", "HorizontalPodAutoscaler");
    }
}
