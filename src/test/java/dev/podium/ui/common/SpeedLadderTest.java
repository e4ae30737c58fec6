package dev.podium.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedLadderTest {
    @Test
    void ladderRunsInOneTwoFiveStepsFromAMillionthToAThousand() {
        List<Double> speeds = SpeedLadder.speeds();
        assertEquals(28, speeds.size());
        assertEquals(0.000001, speeds.get(0));
        assertEquals(0.000002, speeds.get(1));
        assertEquals(0.000005, speeds.get(2));
        assertEquals(0.001, speeds.get(9));
        assertEquals(0.01, speeds.get(12));
        assertEquals(1.0, speeds.get(SpeedLadder.realTimeIndex()));
        assertEquals(1000.0, speeds.get(speeds.size() - 1));
    }

    @Test
    void labelsReadAsFractionsBelowRealTime() {
        assertEquals("1/1,000,000×", SpeedLadder.label(0.000001));
        assertEquals("1/20,000×", SpeedLadder.label(0.00005));
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

    @Test
    void shortRunsStartSlowEnoughToWatchAndLongOnesAtRealTime() {
        assertEquals(SpeedLadder.realTimeIndex(), SpeedLadder.suggestedIndex(120_000_000_000L), "a 2 min lesson");
        assertEquals(SpeedLadder.realTimeIndex(), SpeedLadder.suggestedIndex(10_000_000_000L));
        assertEquals(SpeedLadder.indexOf(0.00005), SpeedLadder.suggestedIndex(1_600_000L),
                "a 1.6 ms Go program plays in about 30 s");
        assertEquals(SpeedLadder.indexOf(0.005), SpeedLadder.suggestedIndex(100_000_000L));
        assertEquals(SpeedLadder.realTimeIndex(), SpeedLadder.suggestedIndex(0));
    }
}
