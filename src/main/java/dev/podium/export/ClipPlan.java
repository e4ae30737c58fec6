package dev.podium.export;

/**
 * Which simulated times a clip shows. A clip of the sim range {@code [fromNanos, toNanos]} played at {@code speed}
 * (simulated seconds per second of video) lasts {@code (to - from) / speed} seconds; at {@code fps} frames a second
 * it has {@link #frameCount()} frames, frame {@code i} showing the stage at {@link #timeOf(int) from + i × speed /
 * fps}. The first frame is at {@code from}; the last at or just before {@code to}. Immutable.
 */
public record ClipPlan(long fromNanos, long toNanos, double speed, int fps) {
    /** The most frames one export makes (an hour at 30 fps), so a typo in a speed cannot fill a disk. */
    public static final int MAX_FRAMES = 108_000;

    public ClipPlan {
        if (fromNanos < 0) {
            throw new IllegalArgumentException("the start of the range is negative");
        }
        if (toNanos < fromNanos) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the speed must be a number above 0, not " + speed);
        }
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("frames per second must be from 1 to 60, not " + fps);
        }
        double frames = wallSeconds(fromNanos, toNanos, speed) * fps;
        if (frames >= MAX_FRAMES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "that clip would have %.0f frames (the most is %d): raise the speed or shorten the range",
                    frames, MAX_FRAMES));
        }
    }

    private static double wallSeconds(long from, long to, double speed) {
        return (to - from) / 1e9 / speed;
    }

    /** How long the clip plays, in seconds of video. */
    public double wallSeconds() {
        return wallSeconds(fromNanos, toNanos, speed);
    }

    /** Frames in the clip: one per {@code 1/fps} s of video, at least one. */
    public int frameCount() {
        return Math.max(1, (int) Math.floor(wallSeconds() * fps + 1e-9));
    }

    /** The simulated time frame {@code index} shows. */
    public long timeOf(int index) {
        if (index < 0 || index >= frameCount()) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frameCount());
        }
        return Math.min(toNanos, fromNanos + Math.round(index * speed * 1e9 / fps));
    }
}
