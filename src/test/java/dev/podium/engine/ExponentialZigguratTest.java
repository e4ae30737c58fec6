package dev.podium.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExponentialZigguratTest {
    private static final int N = 1_000_000;

    private static double[] sample(long seed) {
        RandomStream stream = new RandomStream(seed);
        double[] xs = new double[N];
        for (int i = 0; i < N; i++) {
            xs[i] = stream.nextExponential();
        }
        return xs;
    }

    @Test
    void passesKolmogorovSmirnovAgainstTheExponentialLaw() {
        double[] xs = sample(11);
        Arrays.sort(xs);
        double d = 0;
        for (int i = 0; i < N; i++) {
            double cdf = 1 - StrictMath.exp(-xs[i]);
            d = Math.max(d, Math.max((i + 1.0) / N - cdf, cdf - (double) i / N));
        }
        // Critical value at the 0.1% level is 1.95 / sqrt(n).
        assertTrue(d < 1.95 / Math.sqrt(N), "KS statistic " + d);
        assertTrue(xs[0] >= 0, "no negative variates");
    }

    @Test
    void meanVarianceAndTailMatch() {
        double[] xs = sample(12);
        double sum = 0;
        double sumSq = 0;
        int beyondTailStart = 0;
        for (double x : xs) {
            sum += x;
            sumSq += x * x;
            if (x > 7.69711747013104972) {
                beyondTailStart++;
            }
        }
        double mean = sum / N;
        double variance = sumSq / N - mean * mean;
        assertEquals(1.0, mean, 0.005);
        assertEquals(1.0, variance, 0.02);
        // P(X > r) = e^-r ≈ 4.53e-4: the tail layer must be sampled, not truncated.
        assertEquals(453, beyondTailStart, 90);
    }

    @Test
    void sameSeedSameVariates() {
        RandomStream a = new RandomStream(5);
        RandomStream b = new RandomStream(5);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(Double.doubleToRawLongBits(a.nextExponential()), Double.doubleToRawLongBits(b.nextExponential()));
        }
    }
}
