package dev.podium.world.kube.custom;

import dev.podium.engine.Kernel;
import dev.podium.scenario.kube.ManifestReader;
import dev.podium.timeline.Timeline;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;

/** A cluster run from manifest text, for the custom-resource tests. */
final class CustomRun {
    final Timeline timeline = new Timeline();
    final Kernel kernel = new Kernel(7);
    final KubeCluster cluster;

    CustomRun(String manifests) throws Exception {
        cluster = new KubeCluster(kernel, timeline, KubeParams.defaults(),
                ManifestReader.read("test.yaml", manifests).objects());
        cluster.start();
    }

    void runUntilSeconds(long seconds) {
        kernel.runUntil(seconds * KubeParams.SECOND);
    }

    KubeState state() {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        timeline.events().forEach(e -> p.apply(s, e));
        return s;
    }
}
