package dev.podium.ui.kube;

import dev.podium.engine.Kernel;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Timeline;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.NodeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.PodTemplate;
import dev.podium.world.kube.spec.Resources;
import dev.podium.world.kube.spec.ServiceManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Kube clusters for view tests, demos and the benchmark, run on a kernel into a {@link Timeline}. */
public final class KubeScenarios {
    public static final long S = KubeParams.SECOND;

    private KubeScenarios() {
    }

    /** The timeline of a built-in lesson run to its end. */
    public static Timeline lesson(String file) throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn(file));
        run.runToEnd();
        return run.timeline();
    }

    /**
     * Four nodes; web (8 × nginx) and worker (2 × a crash-looping image). node-3's kubelet stops at 10 s (NotReady at
     * ~60 s), web rolls out nginx:1.26 from 62 s, the ReplicaSet controller's watch drops at 66 s. Runs to
     * {@code seconds}.
     */
    public static Timeline classroom(long seconds) {
        List<KubeManifest> m = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            m.add(new NodeManifest(new ObjectMeta("", "node-" + i, Map.of()), new Resources(4000, 8L << 30), 110,
                    List.of(), false));
        }
        m.add(deployment("web", 8, "nginx:1.25", 400));
        m.add(deployment("worker", 2, "busybox:crashloop", 200));
        m.add(new ServiceManifest(new ObjectMeta("default", "web", Map.of()), Map.of("app", "web"), List.of(80)));
        Timeline timeline = new Timeline();
        Kernel kernel = new Kernel(7);
        KubeCluster cluster = new KubeCluster(kernel, timeline, KubeParams.defaults(), m);
        cluster.start();
        kernel.runUntil(10 * S);
        cluster.failNode("node-3");
        kernel.runUntil(62 * S);
        cluster.setImage("web", "nginx:1.26");
        kernel.runUntil(66 * S);
        cluster.dropWatch("replicaset");
        kernel.runUntil(seconds * S);
        timeline.advanceEnd(seconds * S);
        return timeline;
    }

    /**
     * A synthetic cluster of {@code nodes} × {@code perNode} running pods (events written directly, no simulation),
     * plus {@code churn} pods a second that restart, terminate or crash from 10 s on so frames have work to do.
     */
    public static Timeline dense(int nodes, int perNode, int seconds) {
        Timeline t = new Timeline();
        for (int n = 0; n < nodes; n++) {
            t.append(new NodeAdded(0, String.format("node-%04d", n), 32_000, 128L << 30, 110, List.of(), false));
        }
        long time = S;
        for (int n = 0; n < nodes; n++) {
            for (int p = 0; p < perNode; p++) {
                String pod = String.format("default/app-%04d-%02d", n, p);
                t.append(new PodCreated(time, pod, "default/app-rs", "", 100, 128L << 20, "app:1", 1));
                t.append(new PodScheduled(time, pod, String.format("node-%04d", n), nodes, nodes, 50));
                t.append(new PodPhaseChanged(time, pod, "Running", "Running", true, 1, 1, 0));
            }
        }
        // churn: each second, one pod in 50 flips status, so the picture keeps changing
        int total = nodes * perNode;
        for (int sec = 10; sec < seconds; sec++) {
            for (int k = 0; k < total / 50; k++) {
                int i = (int) ((k * 7919L + sec * 104729L) % total);
                String pod = String.format("default/app-%04d-%02d", i / perNode, i % perNode);
                String[] st = {"CrashLoopBackOff", "ContainerCreating", "Running", "Terminating"};
                String status = st[(sec + k) % st.length];
                t.append(new PodPhaseChanged(sec * S + k, pod, "Running", status, "Running".equals(status), 1, 1,
                        sec % 5));
            }
        }
        t.advanceEnd((long) seconds * S);
        return t;
    }

    static DeploymentManifest deployment(String name, int replicas, String image, long milliCpu) {
        Map<String, String> labels = Map.of("app", name);
        PodSpec spec = new PodSpec(List.of(new ContainerSpec("app", image, new Resources(milliCpu, 256L << 20),
                Resources.NONE, null, null, null, false)), List.of(), Map.of(), List.of(), "", "Always", 30 * S, 0);
        return new DeploymentManifest(new ObjectMeta("default", name, labels), replicas, labels,
                new PodTemplate(labels, spec), "RollingUpdate", new IntOrPercent(25, true),
                new IntOrPercent(25, true), 10, 0, 600 * S);
    }
}
