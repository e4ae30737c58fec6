package dev.podium.ui.queue;

import dev.podium.ui.queue.QueueLayout.Point;

/**
 * How long the queue's movements last and where a moving customer is, as pure functions of
 * simulated time, so pause, seek and scrub need no special cases. Spans scale with the world: they
 * are fractions of the shorter of the mean service time and the mean time between arrivals, so a
 * queue in microseconds animates like one in minutes. Toolkit-free; times in simulated nanoseconds.
 */
public final class QueueMotion {
    private final long slideNanos;
    private final long shiftNanos;
    private final long exitNanos;

    private QueueMotion(long slideNanos, long shiftNanos, long exitNanos) {
        this.slideNanos = Math.max(1, slideNanos);
        this.shiftNanos = Math.max(1, shiftNanos);
        this.exitNanos = Math.max(1, exitNanos);
    }

    /** Spans for a queue with these means (0 means unknown; then the other is used, else 1 s). */
    public static QueueMotion forMeans(long meanServiceNanos, long meanInterarrivalNanos) {
        long base;
        if (meanServiceNanos > 0 && meanInterarrivalNanos > 0) {
            base = Math.min(meanServiceNanos, meanInterarrivalNanos);
        } else if (meanServiceNanos > 0 || meanInterarrivalNanos > 0) {
            base = Math.max(meanServiceNanos, meanInterarrivalNanos);
        } else {
            base = 1_000_000_000L;
        }
        long service = meanServiceNanos > 0 ? meanServiceNanos : base;
        return new QueueMotion(Math.round(0.3 * base), Math.round(0.2 * base), Math.round(0.4 * service));
    }

    /** How long an arriving customer takes to slide from the entry into its slot. */
    public long slideNanos() {
        return slideNanos;
    }

    /** How long the line takes to move up one slot, and the head to walk to its server. */
    public long shiftNanos() {
        return shiftNanos;
    }

    /** How long a leaving customer stays on stage (moving out to the right, or bouncing away). */
    public long exitNanos() {
        return exitNanos;
    }

    /** Linear progress in [0, 1] of a movement that started at {@code startNanos} and lasts {@code span}. */
    public static double progress(long nowNanos, long startNanos, long spanNanos) {
        if (nowNanos <= startNanos) {
            return 0;
        }
        if (nowNanos >= startNanos + spanNanos) {
            return 1;
        }
        return (double) (nowNanos - startNanos) / spanNanos;
    }

    /** Smoothstep: starts and ends gently, which reads as motion rather than jumping. */
    public static double ease(double p) {
        double c = Math.max(0, Math.min(1, p));
        return c * c * (3 - 2 * c);
    }

    /**
     * Where waiting customer number {@code index} (0 = head, now) is drawn. {@code recentStarts} are
     * the times of service starts that may still be moving the line up: each start after this customer
     * arrived pulls it forward by one slot over {@link #shiftNanos()}.
     */
    public Point waitingPosition(QueueLayout layout, int index, long arrivedNanos, long[] recentStarts,
            int recentCount, long nowNanos) {
        double effective = index;
        for (int j = 0; j < recentCount; j++) {
            if (recentStarts[j] > arrivedNanos) {
                effective += 1 - ease(progress(nowNanos, recentStarts[j], shiftNanos));
            }
        }
        Point inLine = layout.slot(effective);
        double arriving = ease(progress(nowNanos, arrivedNanos, slideNanos));
        return arriving >= 1 ? inLine : layout.entry().lerp(inLine, arriving);
    }

    /**
     * Where a customer in service at {@code server} is drawn: walking from the head of the line (or
     * straight from the entry if it never waited) to its seat, then seated.
     */
    public Point servingPosition(QueueLayout layout, int server, long startedNanos, boolean waited, long nowNanos) {
        Point seat = layout.seat(server);
        long span = waited ? shiftNanos : slideNanos;
        double p = ease(progress(nowNanos, startedNanos, span));
        if (p >= 1) {
            return seat;
        }
        Point from = waited ? layout.slot(0) : layout.entry();
        return from.lerp(seat, p);
    }

    /** Where a served customer who left at {@code departedNanos} is drawn, or null once it is off stage. */
    public Point departingPosition(QueueLayout layout, int server, long departedNanos, long nowNanos) {
        if (nowNanos < departedNanos || nowNanos >= departedNanos + exitNanos) {
            return null;
        }
        double p = progress(nowNanos, departedNanos, exitNanos);
        return layout.door(server).lerp(layout.exit(server), p);
    }

    /** How long a turned-away customer stays on stage: it walks to the full room and back. */
    public long rejectNanos() {
        return 2 * exitNanos;
    }

    /**
     * Where a turned-away customer is drawn: it walks up to the waiting room, bounces off and drops
     * away to the lower left. Null once it is gone.
     */
    public Point rejectedPosition(QueueLayout layout, long rejectedNanos, long nowNanos) {
        long span = rejectNanos();
        if (nowNanos < rejectedNanos || nowNanos >= rejectedNanos + span) {
            return null;
        }
        double p = progress(nowNanos, rejectedNanos, span);
        Point entry = layout.entry();
        double r = layout.radius();
        Point bounce = new Point(Math.max(entry.x() + 3 * r, layout.waitingArea().x() - 1.2 * r), entry.y());
        if (p < 0.5) {
            return entry.lerp(bounce, ease(p / 0.5));
        }
        double q = (p - 0.5) / 0.5;
        Point away = new Point(entry.x() - 2 * r, Math.min(layout.height() + r, entry.y() + 6 * r));
        return bounce.lerp(away, q * q);
    }

    /** Opacity of a leaving customer, fading over the last part of its exit ({@code rejected}: of its bounce). */
    public double leavingAlpha(long leftNanos, boolean rejected, long nowNanos) {
        double p = progress(nowNanos, leftNanos, rejected ? rejectNanos() : exitNanos);
        return p < 0.6 ? 1 : Math.max(0, 1 - (p - 0.6) / 0.4);
    }
}
