package dev.podium.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedLadderTest {
    @Test
    void ladderRunsInOneTwoFiveStepsFromAThousandthToAThousand() {
        List<Double> speeds = SpeedLadder.speeds();
        assertEquals(19, speeds.size());
        assertEquals(0.001, speeds.get(0));
        assertEquals(0.002, speeds.get(1));
        assertEquals(0.005, speeds.get(2));
        assertEquals(0.01, speeds.get(3));
        assertEquals(1.0, speeds.get(SpeedLadder.realTimeIndex()));
        assertEquals(1000.0, speeds.get(speeds.size() - 1));
    }

    @Test
    void labelsReadAsFractionsBelowRealTime() {
        assertEquals("1/1000×", SpeedLadder.label(0.001));
        assertEquals("1/500×", SpeedLadder.label(0.002));
        assertEquals("1/2×", SpeedLadder.label(0.5));
        assertEquals("1×", SpeedLadder.label(1));
        assertEquals("20×", SpeedLadder.label(20));
        assertEquals("1000×", SpeedLadder.label(1000));
    }

    @Test
    void indexOfFindsTheNearestSpeedAndClampKeepsInRange() {
        assertEquals(SpeedLadder.realTimeIndex() + 1, SpeedLadder.indexOf(2.1));
        assertEquals(0, SpeedLadder.clamp(-5));
        assertEquals(SpeedLadder.size() - 1, SpeedLadder.clamp(99));
    }
}
