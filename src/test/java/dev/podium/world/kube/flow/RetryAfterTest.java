package dev.podium.world.kube.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Retry-After of a priority level follows the API server's dropped-requests tracker. */
class RetryAfterTest {

    private static void drop(RetryAfter r, long second, int times) {
        for (int i = 0; i < times; i++) {
            r.dropped(second);
        }
    }

    @Test
    void startsAtOneSecond() {
        RetryAfter r = new RetryAfter();
        drop(r, 5, 100);
        assertEquals(1, r.seconds(), "a burst within one second changes nothing until the next second begins");
    }

    @Test
    void doublesWhenThreeTimesRetryAfterDropsInTheLastRetryAfterSeconds() {
        RetryAfter r = new RetryAfter();
        drop(r, 5, 3);
        r.dropped(6);
        assertEquals(2, r.seconds(), "3 drops in the last 1 s: 1 → 2");
        drop(r, 6, 10);
        r.dropped(7);
        assertEquals(2, r.seconds(), "no second bump within retryAfter seconds of the last one");
        drop(r, 7, 10);
        r.dropped(8);
        assertEquals(4, r.seconds(), "≥ 6 drops in the last 2 s and 2 s since the bump: 2 → 4");
    }

    @Test
    void stepsDownByOneWhenDropsAreFew() {
        RetryAfter r = new RetryAfter();
        drop(r, 1, 3);
        r.dropped(2);
        assertEquals(2, r.seconds());
        r.dropped(20);
        assertEquals(1, r.seconds(), "fewer than retryAfter drops lately: 2 → 1");
    }

    @Test
    void neverExceedsThirtyTwoSeconds() {
        RetryAfter r = new RetryAfter();
        for (long s = 0; s < 400; s++) {
            drop(r, s, 1000);
        }
        assertEquals(RetryAfter.MAX_SECONDS, r.seconds());
    }
}
