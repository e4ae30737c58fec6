package dev.podium.engine;

/**
 * One component's pseudo-random stream: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014), written out here so its output can never change
 * with the JDK.
 *
 * <p>Variates use only IEEE arithmetic and {@link StrictMath}, whose results are fixed by
 * specification, so a seed gives the same numbers on every JVM. Not thread-safe.
 */
public final class RandomStream {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    /** A stream that starts from {@code seed}. */
    public RandomStream(long seed) {
        this.state = seed;
    }

    /** The next 64 uniformly distributed bits. */
    public long nextLong() {
        return mix64(state += GOLDEN_GAMMA);
    }

    /** Uniform in [0, 1), with 53 bits of precision. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** An exponentially distributed value with mean 1 (ziggurat method; see {@link ExponentialZiggurat}). */
    public double nextExponential() {
        return ExponentialZiggurat.next(this);
    }

    /**
     * An exponentially distributed duration with the given mean, rounded to whole nanoseconds and at
     * least 1 ns (so a model cannot loop forever at one instant).
     */
    public long exponentialNanos(long meanNanos) {
        long rounded = (long) (nextExponential() * meanNanos + 0.5);
        return Math.max(1L, rounded);
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
