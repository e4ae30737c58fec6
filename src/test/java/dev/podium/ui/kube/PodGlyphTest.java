package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.world.Inspection;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.sched.SchedState;
import dev.podium.world.kube.sched.event.PodNominated;
import dev.podium.world.kube.sched.event.Preempted;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PodGlyphTest {

    @Test
    void everyKubectlStatusHasItsOwnShapeWhereItsColourIsShared() {
        assertEquals(PodGlyph.IMAGE_PULL, PodGlyph.of("ImagePullBackOff"));
        assertEquals(PodGlyph.IMAGE_PULL, PodGlyph.of("ErrImagePull"));
        assertEquals(PodGlyph.CRASHLOOP, PodGlyph.of("CrashLoopBackOff"));
        assertEquals(PodGlyph.CRASHLOOP, PodGlyph.of("Error"), "drawn in the crash-loop colour, so its shape");
        assertEquals(PodGlyph.EVICTED, PodGlyph.of("Evicted"));
        assertEquals(PodGlyph.CREATING, PodGlyph.of("Init:0/1"));
        assertEquals(PodGlyph.SUCCEEDED, PodGlyph.of("Completed"));
        assertEquals(PodGlyph.PREEMPTED, PodGlyph.terminating("Preempted"));
        assertEquals(PodGlyph.TERMINATING, PodGlyph.terminating("ScaledDown"));
        // a glyph refines its colour class, never contradicts it
        for (String s : List.of("Pending", "ContainerCreating", "Running", "Terminating", "CrashLoopBackOff", "Error",
                "ErrImagePull", "Evicted", "Failed", "Completed", "Unknown")) {
            assertEquals(PodStatus.of(s), PodGlyph.of(s).status, s);
        }
        // two glyphs that share a colour class are not both unbadged, so each reads without colour
        for (PodStatus st : PodStatus.ALL) {
            Set<PodGlyph> plain = EnumSet.noneOf(PodGlyph.class);
            for (PodGlyph g : PodGlyph.ALL) {
                if (g.status == st && !g.badged()) {
                    plain.add(g);
                }
            }
            assertTrue(plain.size() <= 1, st + ": " + plain);
        }
    }

    @Test
    void aPreemptionVictimKeepsItsMarkWhileTerminating() {
        ClusterModel m = new ClusterModel();
        m.accept(new NodeAdded(0, "n", 4000, 1L << 33, 110, List.of(), false));
        m.accept(new PodCreated(1, "ns/low", "", "", 1, 1, "img", 1));
        m.accept(new PodScheduled(2, "ns/low", "n", 1, 1, 1));
        m.accept(new PodPhaseChanged(3, "ns/low", "Running", "Running", true, 1, 1, 0));
        int id = m.podId("ns/low");
        assertEquals(PodGlyph.RUNNING, m.glyph(id));
        m.accept(new PodTerminating(4, "ns/low", 30_000_000_000L, "Preempted"));
        assertEquals(PodGlyph.PREEMPTED, m.glyph(id));
        m.accept(new PodPhaseChanged(5, "ns/low", "Running", "Terminating", false, 0, 1, 0));
        assertEquals(PodGlyph.PREEMPTED, m.glyph(id), "the status update during the grace period keeps the reason");
        assertEquals(PodGlyph.PREEMPTED, m.copy().glyph(id));
    }

    @Test
    void theInspectorShowsThePreemptorsNominatedNodeAndTheVictimsPreemptor() {
        SchedState s = new SchedState();
        s.apply(new Preempted(1, "ns/high", 1000, "node-1", List.of("ns/low"), List.of(0)));
        s.apply(new PodNominated(1, "ns/high", "node-1"));
        Inspection base = new Inspection("Pod x", List.of(Map.entry("metadata.name", "x")));
        assertTrue(KubeInspector.withPreemption(base, s, "ns/high").fields()
                .contains(Map.entry("status.nominatedNodeName", "node-1")));
        List<Map.Entry<String, String>> victim = new ArrayList<>(KubeInspector.withPreemption(base, s, "ns/low")
                .fields());
        assertEquals(Map.entry("status.conditions.DisruptionTarget", "True (PreemptionByScheduler, by high)"),
                victim.get(victim.size() - 1));
        assertEquals(base, KubeInspector.withPreemption(base, s, "ns/other"));
    }
}
