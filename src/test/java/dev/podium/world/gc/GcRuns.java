package dev.podium.world.gc;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs of the GC model for tests: the kernel driven to a time, the events collected, no scenario files. */
final class GcRuns {
    static final long MIB = 1L << 20;
    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    private GcRuns() {
    }

    /** A 1 GB heap of 1 MB regions serving 200 requests per second of 1 MB each; no session data, no cache. */
    static Builder quiet() {
        return new Builder();
    }

    /** Parameters to vary, with a way to run them. */
    static final class Builder {
        long heap = 1024 * MIB;
        long region = MIB;
        int maxPauseMillis = 200;
        int ihop = 45;
        int maxTenuring = 15;
        int gcThreads = 2;
        boolean disableExplicitGc;
        double rate = 200;
        int threads = 50;
        long service = 20 * MS;
        long allocation = MIB;
        int sessionPpm;
        long sessionLifetime = 5 * S;
        int cachePpm;
        java.util.function.UnaryOperator<GcParams> tweak = p -> p;

        /** Changes the parameters further (the collector, adaptive IHOP, large objects) before the run. */
        Builder with(java.util.function.UnaryOperator<GcParams> more) {
            java.util.function.UnaryOperator<GcParams> before = tweak;
            tweak = p -> more.apply(before.apply(p));
            return this;
        }

        Builder heap(long bytes) {
            heap = bytes;
            return this;
        }

        Builder pauseGoal(int millis) {
            maxPauseMillis = millis;
            return this;
        }

        Builder ihop(int percent) {
            ihop = percent;
            return this;
        }

        Builder maxTenuring(int age) {
            maxTenuring = age;
            return this;
        }

        Builder disableExplicitGc() {
            disableExplicitGc = true;
            return this;
        }

        Builder rate(double perSecond) {
            rate = perSecond;
            return this;
        }

        Builder session(int ppm, long lifetimeNanos) {
            sessionPpm = ppm;
            sessionLifetime = lifetimeNanos;
            return this;
        }

        Builder cache(int ppm) {
            cachePpm = ppm;
            return this;
        }

        GcParams params() {
            return tweak.apply(new GcParams(heap, region, maxPauseMillis, ihop, maxTenuring, gcThreads,
                    disableExplicitGc, GcParams.interarrivalForRate(rate), threads, service, allocation, sessionPpm,
                    sessionLifetime, cachePpm));
        }

        /** Runs for {@code untilNanos} with seed {@code seed}; {@code actions} may schedule inputs on the model. */
        List<WorldEvent> run(long seed, long untilNanos, Consumer<Scheduled> actions) {
            Kernel kernel = new Kernel(seed);
            List<WorldEvent> events = new ArrayList<>();
            GcModel model = new GcModel(kernel, events::add, params());
            model.start();
            actions.accept(new Scheduled(kernel, model));
            kernel.runUntil(untilNanos);
            return events;
        }

        List<WorldEvent> run(long seed, long untilNanos) {
            return run(seed, untilNanos, a -> { });
        }
    }

    /** Schedules inputs on a model, as a scenario's actions would (after the model's own events at that time). */
    record Scheduled(Kernel kernel, GcModel model) {
        void at(long tNanos, Consumer<GcModel> action) {
            kernel.scheduleAt(tNanos, 1, () -> action.accept(model));
        }
    }

    static <T extends WorldEvent> List<T> all(List<WorldEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static GcState fold(List<WorldEvent> events) {
        GcProjection projection = new GcProjection();
        GcState state = projection.initial();
        events.forEach(e -> projection.apply(state, e));
        return state;
    }
}
