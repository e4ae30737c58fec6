package dev.podium.bench;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the app watching a small cluster served by fabric8's CRUD mock (3 nodes, a Deployment, 12 pods, one pod
 * replaced every two seconds), for looking at live mode without a real cluster. Not a test:
 * {@code screenshot.sh -w 25 target/live.png -- java -Dprism.order=sw -cp CP dev.podium.bench.LiveDemo}.
 * System property {@code lang=zh} starts in Chinese, {@code dark=true} in the dark theme.
 */
public final class LiveDemo {
    private LiveDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("podium-demo");
        MockCluster cluster = MockCluster.crud(dir);
        KubernetesClient seeder = cluster.server.createClient();
        for (int n = 1; n <= 3; n++) {
            seeder.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-" + n).endMetadata()
                    .withNewStatus().addToCapacity("cpu", new Quantity("4")).addToCapacity("memory", new Quantity("8Gi"))
                    .addToCapacity("pods", new Quantity("110")).addNewCondition().withType("Ready").withStatus("True")
                    .endCondition().endStatus().build()).create();
        }
        seeder.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").withNamespace("shop").withUid("dep-web").endMetadata().withNewSpec().withReplicas(12)
                .withNewTemplate().withNewSpec().addNewContainer().withName("app").withImage("nginx:1.27")
                .endContainer().endSpec().endTemplate().endSpec().withNewStatus().withReplicas(12)
                .withUpdatedReplicas(12).withReadyReplicas(12).withAvailableReplicas(12).endStatus().build()).create();
        seeder.apps().replicaSets().inNamespace("shop").resource(new ReplicaSetBuilder().withNewMetadata()
                .withName("web-7d4b9").withNamespace("shop").addToAnnotations("deployment.kubernetes.io/revision", "1")
                .addNewOwnerReference().withKind("Deployment").withName("web").withUid("dep-web").withController(true)
                .endOwnerReference().endMetadata().withNewSpec().withReplicas(12).withNewTemplate().withNewSpec()
                .addNewContainer().withName("app").withImage("nginx:1.27").endContainer().endSpec().endTemplate()
                .endSpec().withNewStatus().withReplicas(12).withReadyReplicas(12).withAvailableReplicas(12)
                .endStatus().build()).create();
        for (int i = 0; i < 12; i++) {
            seeder.pods().inNamespace("shop").resource(pod(i)).create();
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.runLater(() -> {
            Preferences prefs = Preferences.userRoot().node("dev/podium/demo/" + UUID.randomUUID());
            MainWindow window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), true);
            Stage stage = new Stage();
            stage.setWidth(1600);
            stage.setHeight(1000);
            window.show(stage);
            if ("zh".equals(System.getProperty("lang"))) {
                window.i18n().toggle();
            }
            if (Boolean.getBoolean("dark")) {
                window.theme().toggle();
            }
            window.connect(KubeconfigFiles.locate(cluster.kubeconfig, Map.of(), dir), MockCluster.CONTEXT, null,
                    Boolean.getBoolean("allow"));
        });
        for (int k = 12; ; k++) {
            Thread.sleep(2000); // a demo: a pod replaced every two seconds
            seeder.pods().inNamespace("shop").withName("web-" + (k - 12)).delete();
            seeder.pods().inNamespace("shop").resource(pod(k)).create();
        }
    }

    private static io.fabric8.kubernetes.api.model.Pod pod(int i) {
        return new PodBuilder().withNewMetadata().withName("web-" + i).withNamespace("shop").addNewOwnerReference()
                .withKind("ReplicaSet").withName("web-7d4b9").withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withNodeName("node-" + (1 + i % 3)).addNewContainer().withName("app")
                .withImage("nginx:1.27").endContainer().endSpec().withNewStatus().withPhase("Running")
                .addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build();
    }
}
