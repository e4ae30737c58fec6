package dev.podium.ui.common;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * An optional listener on the phases of the playback frame, so a benchmark can say which part of a long FX pulse
 * took the time (the advance, which drains a live queue; the views' render, which projects and draws; the
 * narration; the after-render hooks). Off unless a {@link Sink} is installed: then {@link #timed} costs one volatile
 * read. With a sink, each phase reports its wall time and the calling thread's CPU time (less sensitive to a busy
 * machine than wall time). Thread-safe; phases are timed on the thread that runs them.
 */
public final class FrameProbe {

    /** The parts of a frame that are timed. */
    public enum Phase {
        /** The player model's step: moving the playhead and filling the timeline (a live queue's drain). */
        ADVANCE,
        /** The world views' render at the playhead: projecting state and drawing. */
        RENDER_VIEWS,
        /** The narration list brought up to date. */
        NARRATION,
        /** Work run after each render (the inspector's re-pick). */
        AFTER_RENDER
    }

    /** Hears each timed phase: when it began ({@link System#nanoTime}), its wall and its thread-CPU nanoseconds. */
    public interface Sink {
        void phase(Phase phase, long startNanos, long wallNanos, long cpuNanos);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Sink sink;

    private FrameProbe() {
    }

    /** Starts reporting to {@code newSink}; {@code null} stops. */
    public static void install(Sink newSink) {
        sink = newSink;
    }

    /** Runs {@code work}, reporting it as {@code phase} if a sink is installed. */
    public static void timed(Phase phase, Runnable work) {
        Sink s = sink;
        if (s == null) {
            work.run();
            return;
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - start;
        s.phase(phase, start, wall, THREADS.getCurrentThreadCpuTime() - cpu);
    }
}
