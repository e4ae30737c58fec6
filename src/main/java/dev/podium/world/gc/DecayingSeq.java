package dev.podium.world.gc;

/**
 * A decaying sequence of samples as HotSpot keeps them for G1's predictions (numberSeq.cpp {@code AbsSeq::add}): a
 * decaying average and a decaying variance, where {@code alpha} is the weight of the old value; and G1's prediction
 * from it (g1Predictions.hpp): the average plus {@code sigma} standard deviations, where with fewer than five
 * samples the deviation is taken as at least the average times (5 − samples) / 2, so an early prediction errs on
 * the high side. Kernel thread only; plain doubles, so the same on every JVM.
 */
final class DecayingSeq {
    private final double alpha;
    private int count;
    private double average;
    private double variance;

    DecayingSeq(double alpha) {
        this.alpha = alpha;
    }

    void add(double sample) {
        if (count == 0) {
            average = sample;
            variance = 0;
        } else {
            average = (1 - alpha) * sample + alpha * average;
            double diff = sample - average;
            variance = (1 - alpha) * diff * diff + alpha * variance;
        }
        count++;
    }

    int count() {
        return count;
    }

    double average() {
        return average;
    }

    /** G1Predictions::predict_zero_bounded: average + sigma × the estimated deviation, at least 0. */
    double predict(double sigma) {
        double deviation = StrictMath.sqrt(variance);
        if (count < 5) {
            deviation = Math.max(average * (5 - count) / 2.0, deviation);
        }
        return Math.max(0, average + sigma * deviation);
    }
}
