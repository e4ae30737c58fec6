package dev.podium.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FrameProbeTest {

    @AfterEach
    void uninstall() {
        FrameProbe.install(null);
    }

    @Test
    void withoutASinkTheWorkStillRuns() {
        int[] ran = new int[1];
        FrameProbe.timed(FrameProbe.Phase.ADVANCE, () -> ran[0]++);
        assertEquals(1, ran[0]);
    }

    @Test
    void aSinkHearsEachPhaseWithItsStartWallAndCpuTime() {
        List<String> heard = new ArrayList<>();
        FrameProbe.install((phase, start, wall, cpu) -> {
            assertTrue(wall >= 0 && cpu >= 0 && start > 0, "times are measured");
            heard.add(phase.name());
        });
        long before = System.nanoTime();
        int[] ran = new int[1];
        FrameProbe.timed(FrameProbe.Phase.RENDER_VIEWS, () -> ran[0]++);
        FrameProbe.timed(FrameProbe.Phase.NARRATION, () -> ran[0]++);
        assertEquals(2, ran[0]);
        assertEquals(List.of("RENDER_VIEWS", "NARRATION"), heard);
        FrameProbe.install(null);
        FrameProbe.timed(FrameProbe.Phase.ADVANCE, () -> ran[0]++);
        assertEquals(2, heard.size(), "an uninstalled sink hears nothing");
        assertTrue(System.nanoTime() >= before);
    }
}
