package dev.podium.ui.kube;

/**
 * Motion of pods as pure functions of simulated time and the times {@link ClusterModel} folded: a new pod flies
 * from the scheduler queue to its node slot, a terminating pod fades, a crash-looping pod pulses. Durations are in
 * simulated time (the teacher slows playback to watch a 1 ms bind), so seeking and pausing need no special cases.
 * Toolkit-free.
 */
final class PodMotion {
    /** How long a freshly bound pod takes to fly from the queue to its slot. */
    static final long FLIGHT_NANOS = 700_000_000L;
    /** How long a terminating pod takes to fade to its faintest. */
    static final long FADE_NANOS = 3_000_000_000L;
    /** Faintest opacity of a terminating pod (it stays visible until it is deleted). */
    static final double FADE_MIN = 0.3;
    /**
     * Steps of the fade (one every quarter of a simulated second): a continuous fade changes every terminating
     * pod's colour in every frame, so a cluster with pods always terminating repainted its whole grid each frame.
     */
    static final int FADE_STEPS = 12;

    private PodMotion() {
    }

    /** Progress 0–1 of the flight of a pod bound at {@code scheduledAt}, eased; 1 once landed (or never flown). */
    static double flight(long scheduledAt, long now) {
        if (scheduledAt == Long.MIN_VALUE || now - scheduledAt >= FLIGHT_NANOS) {
            return 1;
        }
        double t = Math.max(0, (double) (now - scheduledAt) / FLIGHT_NANOS);
        return t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2; // ease in-out
    }

    /** Opacity of a pod terminating since {@code since}: from 1 down to {@link #FADE_MIN} in {@link #FADE_STEPS}. */
    static double fade(long since, long now) {
        double t = Math.min(1, Math.max(0, (double) (now - since) / FADE_NANOS));
        return 1 - (1 - FADE_MIN) * Math.floor(t * FADE_STEPS) / FADE_STEPS;
    }

    /** Linear interpolation. */
    static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** A 0–1 pulse with a one-second period, for states that need attention (crash loops, NotReady nodes). */
    static double pulse(long now) {
        double phase = (now % 1_000_000_000L) / 1e9;
        return 0.5 + 0.5 * Math.cos(2 * Math.PI * phase);
    }
}
