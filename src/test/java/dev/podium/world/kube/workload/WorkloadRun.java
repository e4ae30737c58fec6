package dev.podium.world.kube.workload;

import dev.podium.engine.Kernel;
import dev.podium.scenario.kube.ManifestReader;
import dev.podium.scenario.kube.ManifestSet;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A cluster run from manifest text, for the workload tests, with the times of pod events by pod name. */
final class WorkloadRun {
    static final String NODES = String.join("\n",
            "apiVersion: v1",
            "kind: Node",
            "metadata: {name: node-1}",
            "status: {allocatable: {cpu: '8', memory: 16Gi}}",
            "---",
            "apiVersion: v1",
            "kind: Node",
            "metadata: {name: node-2}",
            "status: {allocatable: {cpu: '8', memory: 16Gi}}",
            "---",
            "");

    final Timeline timeline = new Timeline();
    final Kernel kernel = new Kernel(7);
    final KubeCluster cluster;
    final ManifestSet manifests;

    WorkloadRun(String text) throws Exception {
        manifests = ManifestReader.read("test.yaml", NODES + text);
        cluster = new KubeCluster(kernel, timeline, KubeParams.defaults(), manifests.objects());
        cluster.start();
    }

    static String resource(String path) throws Exception {
        return Files.readString(Path.of("src/test/resources", path), StandardCharsets.UTF_8);
    }

    void runUntilSeconds(long seconds) {
        kernel.runUntil(seconds * KubeParams.SECOND);
    }

    List<WorldEvent> events() {
        return timeline.events();
    }

    KubeState state() {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        timeline.events().forEach(e -> p.apply(s, e));
        return s;
    }

    /** When pod {@code name} (default namespace) was first created, or -1. */
    long created(String name) {
        return first(PodCreated.class, "default/" + name);
    }

    /** When pod {@code name} first became Running and Ready, or -1. */
    long ready(String name) {
        for (WorldEvent e : events()) {
            if (e instanceof PodPhaseChanged p && p.pod().equals("default/" + name) && p.ready()
                    && p.phase().equals("Running")) {
                return p.timeNanos();
            }
        }
        return -1;
    }

    long terminating(String name) {
        return first(PodTerminating.class, "default/" + name);
    }

    long deleted(String name) {
        return first(PodDeleted.class, "default/" + name);
    }

    private long first(Class<?> type, String pod) {
        for (WorldEvent e : events()) {
            if (type.isInstance(e) && podOf(e).equals(pod)) {
                return e.timeNanos();
            }
        }
        return -1;
    }

    private static String podOf(WorldEvent e) {
        if (e instanceof PodCreated c) {
            return c.pod();
        } else if (e instanceof PodTerminating t) {
            return t.pod();
        } else if (e instanceof PodDeleted d) {
            return d.pod();
        }
        return "";
    }
}
