package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.LivePipelineSampled;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live reconcile tab's model, without the toolkit: informer rows, the queue samples and dry-run sentences. */
class LivePipelineModelTest {
    private static final long S = 1_000_000_000L;
    private final Locale locale = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    private static KubeState liveState() {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        p.apply(s, new InformerListed(1 * S, "podium/replicasets", "ReplicaSet", 1, 40));
        p.apply(s, new InformerListed(1 * S, "podium/deployments", "Deployment", 1, 40));
        p.apply(s, new DeploymentCreated(1 * S, "default/web", 3, "RollingUpdate", "1", "0", "nginx:2"));
        p.apply(s, new ReplicaSetCreated(1 * S, "default/web-1", "default/web", 1, "", 3, "nginx:1"));
        p.apply(s, new WatchDropped(2 * S, "podium/replicasets", "HTTP 500", 0));
        p.apply(s, new LivePipelineSampled(3 * S, 7, 12, 40_000, 2_000_000, 30, 0));
        return s;
    }

    @Test
    void aSimulatedTimelineIsNotLiveAndALiveOneIs() {
        KubeProjection p = new KubeProjection();
        KubeState sim = p.initial();
        p.apply(sim, new InformerListed(1, "kcm/pods", "pods", 0, 1));
        assertFalse(LivePipelineModel.isLive(sim));
        assertTrue(LivePipelineModel.isLive(liveState()));
    }

    @Test
    void rowsSayStateObjectsListsAndTheDryRunInWords() {
        Locale.setDefault(Locale.ENGLISH);
        LivePipelineModel m = new LivePipelineModel();
        m.build(liveState(), 5 * S, new ViewText("dev.podium.ui.kube.view"));
        LivePipelineModel.InformerRow rs = m.informers.stream().filter(r -> r.name().equals("podium/replicasets"))
                .findFirst().orElseThrow();
        assertEquals("live.state.relisting", rs.stateKey(), "its watch dropped");
        assertEquals(1, rs.objects());
        assertEquals(1, rs.lists());
        assertEquals("3.00 s", rs.lastEvent());
        assertEquals(7, m.samples.get(0).backlog());
        assertEquals("web", m.dryRun.get(0).name());
        assertEquals("would create a new ReplicaSet with 1 pod(s)", m.dryRun.get(0).step(), "new image, maxSurge 1");
        assertEquals("desired 3 · updated 0 · ready 0 · available 0", m.dryRun.get(0).counts());
        assertEquals("web-1", m.dryRun.get(1).name());
        assertEquals("would create 3 pod(s)", m.dryRun.get(1).step());
        assertTrue(m.assumptions.contains("expectations met"), m.assumptions);
    }
}
