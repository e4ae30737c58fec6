package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * A small workload seeded into a mock cluster, shaped for the dry run: two nodes; Deployment {@code web} (4
 * replicas, nginx:1.27, maxSurge 1) whose ReplicaSet {@code web-7d4} wants 4 pods but has 2 ready ones; and a
 * stand-alone ReplicaSet {@code batch-1} that wants 1 pod and has 3.
 */
final class DemoWorkload {
    private DemoWorkload() {
    }

    static void seed(KubernetesClient c) {
        for (String node : new String[] {"node-a", "node-b"}) {
            c.nodes().resource(new NodeBuilder().withNewMetadata().withName(node).endMetadata().build()).create();
            c.nodes().resource(new NodeBuilder().withNewMetadata().withName(node).endMetadata().withNewStatus()
                    .addToAllocatable("cpu", new Quantity("4")).addToAllocatable("memory", new Quantity("8Gi"))
                    .addToAllocatable("pods", new Quantity("110")).addNewCondition().withType("Ready")
                    .withStatus("True").withReason("KubeletReady").endCondition().endStatus().build())
                    .updateStatus();
        }
        c.apps().deployments().inNamespace("default").resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").withNamespace("default").withUid("uid-web").endMetadata().withNewSpec()
                .withReplicas(4).withNewStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withNewMaxSurge(1).withNewMaxUnavailable(0).endRollingUpdate().endStrategy().withNewTemplate()
                .withNewSpec().addNewContainer().withName("nginx").withImage("nginx:1.27").endContainer().endSpec()
                .endTemplate().endSpec().build()).create();
        replicaSet(c, "web-7d4", owner("Deployment", "web", "uid-web"), 4, "nginx:1.27", 2);
        replicaSet(c, "batch-1", null, 1, "busybox:1.36", 3);
        for (String name : new String[] {"web-7d4-a", "web-7d4-b"}) {
            c.pods().inNamespace("default").resource(pod(name, "web-7d4", "nginx:1.27", "node-a")).create();
        }
        c.pods().inNamespace("default").resource(pod("batch-1-x", "batch-1", "busybox:1.36", "node-a")).create();
        c.pods().inNamespace("default").resource(pod("batch-1-y", "batch-1", "busybox:1.36", "node-b")).create();
        c.pods().inNamespace("default").resource(pod("batch-1-z", "batch-1", "busybox:1.36", "")).create();
    }

    private static OwnerReference owner(String kind, String name, String uid) {
        return new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind(kind).withName(name).withUid(uid)
                .withController(true).build();
    }

    private static void replicaSet(KubernetesClient c, String name, OwnerReference owner, int replicas, String image,
            int ready) {
        ReplicaSetBuilder b = new ReplicaSetBuilder().withNewMetadata().withName(name).withNamespace("default")
                .withUid("uid-" + name).addToAnnotations("deployment.kubernetes.io/revision", "1").endMetadata();
        if (owner != null) {
            b.editMetadata().withOwnerReferences(owner).endMetadata();
        }
        c.apps().replicaSets().inNamespace("default").resource(b.withNewSpec().withReplicas(replicas)
                .withNewTemplate().withNewSpec().addNewContainer().withName("app").withImage(image).endContainer()
                .endSpec().endTemplate().endSpec().withNewStatus().withReplicas(ready).withReadyReplicas(ready)
                .withAvailableReplicas(ready).endStatus().build()).create();
    }

    static Pod pod(String name, String rs, String image, String node) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace("default")
                .withOwnerReferences(owner("ReplicaSet", rs, "uid-" + rs).toBuilder().build()).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage(image).endContainer().endSpec();
        if (!node.isEmpty()) {
            b.editSpec().withNodeName(node).endSpec().withNewStatus().withPhase("Running").addNewCondition()
                    .withType("Ready").withStatus("True").endCondition().addToContainerStatuses(
                            new ContainerStatusBuilder().withName("app").withReady(true).withNewState()
                                    .withNewRunning().endRunning().endState().build()).endStatus();
        }
        return b.build();
    }
}
