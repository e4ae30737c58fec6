package dev.podium.bench;

import dev.podium.ui.common.FrameProbe;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Where the FX thread's time between two pulses went. An {@link AnimationTimer} stamps each pulse with the FX
 * thread's and the render thread's CPU time; {@link FrameProbe} reports the playback frame's phases (advance, which
 * drains a live queue; the views' render, which projects and draws; narration; after-render hooks); the scene's
 * pre- and post-layout listeners time the CSS and layout passes together (the scene runs them between the two; the
 * profile does not call {@code applyCss} itself, which would restyle every node of the scene each pulse and cost
 * more than the passes it measures); on request ({@link #SAMPLE_NANOS}) a sampler thread takes the FX thread's stack
 * every few milliseconds, so work outside the frame (tasks posted with {@code runLater}, the scene graph's sync) is
 * named too. Everything is stamped with
 * {@link System#nanoTime} and attributed afterwards: a gap is the time from one pulse's start to the next one's.
 * Wall times are reported with thread-CPU times, which a busy machine disturbs less. A benchmark tool: pulses and
 * phases are recorded on the FX thread, samples on the sampler, read under this object's lock.
 */
final class PulseProfile extends AnimationTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * How often the FX thread's stack is taken, in milliseconds ({@code -DstackMillis}); 0, the default, takes none.
     * Each sample is a safepoint that stops every Java thread, and on a busy machine reaching it takes long, so
     * sampling lengthens the very gaps it explains: turn it on to find a cause, off to measure.
     */
    private static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("stackMillis", 0));
    /** The extra phase measured here (the scene's CSS and layout passes), numbered after FrameProbe's. */
    private static final int CSS_LAYOUT = FrameProbe.Phase.values().length;
    private static final String[] PHASE_NAMES = {"advance", "views", "narration", "hooks", "CSS+layout"};

    /** Linux's scheduler statistics of the calling thread: time on a CPU, time runnable but waiting for one. */
    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    /**
     * One pulse: its start, the FX and render threads' CPU time when the timer ran, and how long the FX thread had
     * waited, runnable, for a CPU (on a machine busy with other work that wait is the most of a long gap).
     */
    private record Pulse(long nowNanos, long fxCpu, long renderCpu, long gcMillis, long fxWait) {
    }

    private record Timed(int phase, long startNanos, long wallNanos, long cpuNanos) {
    }

    private record Sample(long atNanos, String where) {
    }

    private final List<Pulse> pulses = new ArrayList<>();
    private final List<Timed> phases = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();
    private final long fxThread;
    private final long renderThread;
    private long passStart;
    private long passCpu;
    private volatile boolean sampling = true;

    /** FX thread: starts profiling {@code scene}'s pulses. */
    PulseProfile(Scene scene) {
        this.fxThread = Thread.currentThread().getId();
        this.renderThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                .orElse(-1);
        FrameProbe.install((phase, start, wall, cpu) -> add(new Timed(phase.ordinal(), start, wall, cpu)));
        scene.addPreLayoutPulseListener(() -> {
            passStart = System.nanoTime();
            passCpu = THREADS.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> add(new Timed(CSS_LAYOUT, passStart, System.nanoTime() - passStart,
                THREADS.getCurrentThreadCpuTime() - passCpu)));
        if (SAMPLE_NANOS > 0) {
            Thread sampler = new Thread(this::sample, "fx-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
        start();
    }

    @Override
    public void handle(long now) {
        long render = renderThread < 0 ? 0 : THREADS.getThreadCpuTime(renderThread);
        synchronized (this) {
            pulses.add(new Pulse(now, THREADS.getCurrentThreadCpuTime(), render, gcMillis(), runQueueWait()));
        }
    }

    /** Nanoseconds the calling thread has been runnable but waiting for a CPU, or 0 where Linux does not say. */
    private static long runQueueWait() {
        try {
            String[] fields = Files.readString(SCHEDSTAT).trim().split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Milliseconds all collectors have spent collecting (the pauses stop the FX thread as well). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    void close() {
        sampling = false;
        FrameProbe.install(null);
        stop();
    }

    private synchronized void add(Timed timed) {
        phases.add(timed);
    }

    private void sample() {
        while (sampling) {
            ThreadInfo info = THREADS.getThreadInfo(fxThread, 64);
            if (info != null) {
                String where = where(info.getStackTrace());
                synchronized (this) {
                    samples.add(new Sample(System.nanoTime(), where));
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(SAMPLE_NANOS);
        }
    }

    /** The innermost Podium frame and the innermost frame, e.g. {@code NarrationPanel.update > Parent.layout}. */
    private static String where(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "?";
        }
        // A parked or waiting thread is named by what it waits in, not by the JDK's lock code.
        int first = 0;
        while (first < stack.length - 1 && waitingFrame(stack[first].getClassName())) {
            first++;
        }
        String top = (first > 0 ? "waits in " : "") + shortName(stack[first]);
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("dev.podium.") && !e.getClassName().startsWith("dev.podium.bench.")
                    && !e.getClassName().equals(FrameProbe.class.getName())) {
                String podium = shortName(e);
                return podium.equals(top) ? podium : podium + " > " + top;
            }
        }
        return top;
    }

    private static boolean waitingFrame(String className) {
        return className.startsWith("jdk.internal.misc.") || className.startsWith("java.util.concurrent.")
                || className.equals("java.lang.Object");
    }

    private static String shortName(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
    }

    /** The gaps whose pulse started in {@code [fromNanos, toNanos)}: their statistics and the longest explained. */
    synchronized Report report(long fromNanos, long toNanos, int explain) {
        List<Gap> gaps = new ArrayList<>();
        int p = 0;
        int s = 0;
        for (int i = 1; i < pulses.size(); i++) {
            Pulse a = pulses.get(i - 1);
            Pulse b = pulses.get(i);
            if (b.nowNanos < fromNanos || b.nowNanos >= toNanos) {
                continue;
            }
            Gap gap = new Gap(b.nowNanos - a.nowNanos, b.fxCpu - a.fxCpu, b.renderCpu - a.renderCpu,
                    b.gcMillis - a.gcMillis, b.fxWait - a.fxWait);
            for (Timed t : phases) {
                if (t.startNanos >= a.nowNanos && t.startNanos < b.nowNanos) {
                    gap.wall[t.phase] += t.wallNanos;
                    gap.cpu[t.phase] += t.cpuNanos;
                }
            }
            for (Sample sample : samples) {
                if (sample.atNanos >= a.nowNanos && sample.atNanos < b.nowNanos) {
                    gap.samples.merge(sample.where, 1, Integer::sum);
                }
            }
            gaps.add(gap);
        }
        return new Report(gaps, explain);
    }

    /** One gap between pulses, in nanoseconds, with its phases' wall and CPU time and the FX thread's samples. */
    static final class Gap {
        final long wallNanos;
        final long fxCpuNanos;
        final long renderCpuNanos;
        final long gcMillis;
        /** How long of the gap the FX thread was runnable but had no CPU (other processes had them). */
        final long waitNanos;
        final long[] wall = new long[PHASE_NAMES.length];
        final long[] cpu = new long[PHASE_NAMES.length];
        final Map<String, Integer> samples = new HashMap<>();

        Gap(long wallNanos, long fxCpuNanos, long renderCpuNanos, long gcMillis, long waitNanos) {
            this.wallNanos = wallNanos;
            this.waitNanos = waitNanos;
            this.gcMillis = gcMillis;
            this.fxCpuNanos = fxCpuNanos;
            this.renderCpuNanos = renderCpuNanos;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.format(
                    "%.1f ms wall (FX thread waited %.1f ms for a CPU), FX CPU %.1f ms, render thread CPU %.1f ms,"
                    + " GC %d ms;", wallNanos / 1e6, waitNanos / 1e6, fxCpuNanos / 1e6, renderCpuNanos / 1e6,
                    gcMillis));
            long known = 0;
            for (int i = 0; i < PHASE_NAMES.length; i++) {
                if (wall[i] >= 500_000) {
                    b.append(String.format(" %s %.1f/%.1f", PHASE_NAMES[i], wall[i] / 1e6, cpu[i] / 1e6));
                }
                known += cpu[i];
            }
            b.append(String.format(" (wall/CPU ms); other FX CPU %.1f ms", Math.max(0, fxCpuNanos - known) / 1e6));
            int total = samples.values().stream().mapToInt(Integer::intValue).sum();
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                    .forEach(e -> b.append(String.format("%n        %3d%%  %s", 100 * e.getValue() / total,
                            e.getKey())));
            return b.toString();
        }
    }

    /** Gap statistics (wall and FX CPU) and the {@code explain} longest gaps, each with its breakdown. */
    record Report(List<Gap> gaps, int explain) {
        double maxMillis() {
            return gaps.stream().mapToLong(g -> g.wallNanos).max().orElse(0) / 1e6;
        }

        /** The longest gap less the time the FX thread waited for a CPU: what a machine with a free core would show. */
        double maxLessWaitMillis() {
            return gaps.stream().mapToLong(g -> g.wallNanos - g.waitNanos).max().orElse(0) / 1e6;
        }

        double maxCpuMillis() {
            return gaps.stream().mapToLong(g -> g.fxCpuNanos).max().orElse(0) / 1e6;
        }

        @Override
        public String toString() {
            if (gaps.isEmpty()) {
                return "no pulses";
            }
            long[] wall = gaps.stream().mapToLong(g -> g.wallNanos).sorted().toArray();
            long[] cpu = gaps.stream().mapToLong(g -> g.fxCpuNanos).sorted().toArray();
            StringBuilder b = new StringBuilder(String.format(
                    "%d pulses; wall median %.1f ms, p99 %.1f ms, max %.1f ms (%.1f ms less the FX thread's wait for a"
                    + " CPU); FX CPU per gap p99 %.1f ms, max %.1f ms", wall.length, wall[wall.length / 2] / 1e6,
                    wall[(int) (wall.length * 0.99)] / 1e6, maxMillis(), maxLessWaitMillis(),
                    cpu[(int) (cpu.length * 0.99)] / 1e6, maxCpuMillis()));
            // -DexplainBy=cpu: the gaps with the most FX CPU time instead of the longest (on a busy machine the
            // longest are those the scheduler held up)
            Comparator<Gap> order = "cpu".equals(System.getProperty("explainBy"))
                    ? Comparator.comparingLong((Gap g) -> g.fxCpuNanos)
                    : Comparator.comparingLong((Gap g) -> g.wallNanos);
            gaps.stream().sorted(order.reversed()).limit(explain)
                    .forEach(g -> b.append(String.format("%n    gap %s", g)));
            return b.toString();
        }
    }
}
