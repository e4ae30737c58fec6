package dev.podium.timeline;

/**
 * Maps wall time to simulated time: while playing, each frame moves the playhead by the wall time
 * since the last frame times the speed factor. Plain arithmetic with no clock of its own, so the
 * UI's animation timer drives it and tests drive it with made-up deltas.
 *
 * <p>The speed factor runs from {@value #MIN_SPEED} to {@value #MAX_SPEED}: a 20 µs hand-off and a
 * five-minute eviction can both be watched. The playhead stays within [0, limit], where the limit is
 * the end of the run; playing into the limit pauses. Single-threaded (the FX thread).
 */
public final class PlayheadClock {
    public static final double MIN_SPEED = 1e-9;
    public static final double MAX_SPEED = 1e3;

    private long playheadNanos;
    private long limitNanos;
    private double speed = 1.0;
    private boolean playing;
    /** Fractional nanoseconds carried between frames, so slow speeds still advance. */
    private double carry;

    public long playheadNanos() {
        return playheadNanos;
    }

    public long limitNanos() {
        return limitNanos;
    }

    public double speed() {
        return speed;
    }

    public boolean isPlaying() {
        return playing;
    }

    public void setLimit(long limitNanos) {
        this.limitNanos = Math.max(0, limitNanos);
        if (playheadNanos > this.limitNanos) {
            playheadNanos = this.limitNanos;
        }
    }

    public void setSpeed(double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be within " + MIN_SPEED + " and " + MAX_SPEED + ": " + speed);
        }
        this.speed = speed;
    }

    /** Starts playing; at the limit it starts again from zero, as media players do. */
    public void play() {
        if (playheadNanos >= limitNanos) {
            playheadNanos = 0;
        }
        playing = limitNanos > 0;
        carry = 0;
    }

    public void pause() {
        playing = false;
        carry = 0;
    }

    /** Moves the playhead to {@code tNanos}, clamped to [0, limit]. */
    public void seek(long tNanos) {
        playheadNanos = Math.max(0, Math.min(limitNanos, tNanos));
        carry = 0;
    }

    /**
     * Advances by one frame of {@code wallDeltaNanos} if playing. Returns the new playhead. Reaching
     * the limit pauses.
     */
    public long advance(long wallDeltaNanos) {
        if (!playing || wallDeltaNanos <= 0) {
            return playheadNanos;
        }
        double delta = wallDeltaNanos * speed + carry;
        long whole = (long) Math.floor(delta);
        carry = delta - whole;
        long next = playheadNanos + whole;
        if (next < playheadNanos || next >= limitNanos) {
            next = limitNanos;
            playing = false;
        }
        playheadNanos = next;
        return playheadNanos;
    }
}
