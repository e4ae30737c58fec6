package dev.podium.world.kube.flow;

import java.util.ArrayDeque;

/**
 * The Retry-After a priority level answers its 429s with, as the API server's dropped-requests tracker computes it:
 * it starts at 1 s; when a second with drops begins it looks at the drops of the last {@code retryAfter} seconds,
 * doubles (at most 32 s, and at most once every {@code retryAfter} seconds) if there were at least 3 × retryAfter of
 * them, and steps down by one if there were fewer than retryAfter. Seconds are simulated seconds. Kernel thread only.
 */
final class RetryAfter {
    static final long MAX_SECONDS = 32;

    private record Second(long second, long drops) {
    }

    private final ArrayDeque<Second> history = new ArrayDeque<>();
    private long retryAfter = 1;
    private long lastBump;
    private long currentSecond;
    private long currentDrops;

    /** A request was rejected during simulated second {@code second}. */
    void dropped(long second) {
        if (second == currentSecond && currentDrops > 0) {
            currentDrops++;
            return;
        }
        if (currentDrops > 0) {
            history.addLast(new Second(currentSecond, currentDrops));
        }
        long keep = Math.min(2 * retryAfter, MAX_SECONDS);
        while (!history.isEmpty() && second - history.peekFirst().second() > keep) {
            history.removeFirst();
        }
        currentSecond = second;
        currentDrops = 1;
        recompute(second);
    }

    private void recompute(long now) {
        long drops = 0;
        for (Second s : history) {
            if (now - s.second() <= retryAfter && s.second() < now) {
                drops += s.drops();
            }
        }
        if (now - lastBump >= retryAfter && drops >= 3 * retryAfter) {
            retryAfter = Math.min(MAX_SECONDS, retryAfter * 2);
            lastBump = now;
        } else if (drops < retryAfter && retryAfter > 1) {
            retryAfter--;
        }
    }

    /** The Retry-After in seconds answered now. */
    long seconds() {
        return retryAfter;
    }
}
