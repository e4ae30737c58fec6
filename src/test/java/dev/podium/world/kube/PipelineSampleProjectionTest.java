package dev.podium.world.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.LivePipelineSampled;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.event.WatchEventDelivered;
import dev.podium.world.kube.state.InformerView;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PipelineSample;
import org.junit.jupiter.api.Test;

/** The projection folds live pipeline samples (the last minute of them) and counts an informer's lists. */
class PipelineSampleProjectionTest {

    @Test
    void samplesAreKeptNewestLastAndCopiesAreIndependent() {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        assertNull(s.lastPipelineSample());
        for (int i = 0; i < KubeState.PIPELINE_SAMPLES + 5; i++) {
            p.apply(s, new LivePipelineSampled(i * 1_000_000_000L, i, 10 + i, 1_000 * i, 2_000 * i, 100 + i, 0));
        }
        assertEquals(KubeState.PIPELINE_SAMPLES, s.pipelineSamples().size());
        PipelineSample last = s.lastPipelineSample();
        int n = KubeState.PIPELINE_SAMPLES + 4;
        assertEquals(new PipelineSample(n * 1_000_000_000L, n, 10 + n, 1_000L * n, 2_000L * n, 100 + n, 0), last);
        assertEquals(5, s.pipelineSamples().get(0).backlog(), "the oldest five fell off");
        KubeState copy = p.copy(s);
        p.apply(s, new LivePipelineSampled(999_000_000_000L, 1, 1, 1, 1, 1, 0));
        assertEquals(last, copy.lastPipelineSample());
    }

    @Test
    void anInformerCountsItsListsRelistsAndLastEvent() {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        p.apply(s, new InformerListed(10, "podium/pods", "Pod", 4, 100));
        p.apply(s, new WatchEventDelivered(20, "podium/pods", "Pod", "default/a", "ADDED", 101));
        p.apply(s, new WatchDropped(30, "podium/pods", "watch ended", 0));
        InformerView dropped = s.informers().get("podium/pods");
        assertEquals(false, dropped.watching());
        assertEquals(30, dropped.lastEventNanos());
        p.apply(s, new InformerListed(40, "podium/pods", "Pod", 5, 120));
        InformerView i = s.informers().get("podium/pods");
        assertEquals(2, i.lists());
        assertEquals(1, i.relists());
        assertEquals(1, i.delivered());
        assertEquals(120, i.resourceVersion());
        assertEquals(40, i.lastEventNanos());
    }
}
