package dev.podium.scenario.gc;

import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.SchedTraced;
import dev.podium.world.gc.log.SchedDetail;
import dev.podium.world.gc.log.SchedSample;
import dev.podium.world.gc.log.SchedTraceListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a Go log's scheduler-trace lines into {@link SchedTraced} events and merges them, in time order, with the
 * log's GC events. A sample's per-P run queues come from its own bracketed list or, in scheddetail mode, from the
 * {@code runqsize} of the P lines under it, so a sample is complete only when the next one (or the end) arrives.
 * Go prints {@code SCHED} lines and {@code gc} lines from different goroutines, a little out of time order, so
 * samples wait until a GC event at or after their time (or the end) lets them go; at most {@link #MAX_WAITING} wait.
 * Call {@link #gc} for each GC event the reader gives, then {@link #finish}. One thread.
 */
final class SchedTraceEvents implements SchedTraceListener {
    static final int MAX_WAITING = 4096;

    private final Consumer<? super GcEvent> out;
    private final ArrayDeque<SchedTraced> waiting = new ArrayDeque<>();
    private SchedSample open;
    private List<Integer> openProcs = new ArrayList<>();
    private int samples;
    private long last;

    SchedTraceEvents(Consumer<? super GcEvent> out) {
        this.out = out;
    }

    @Override
    public void sample(SchedSample sample) {
        close();
        open = sample;
        openProcs = new ArrayList<>();
        if (sample.localRunQueues().length > 0) {
            close(); // not scheddetail: no P lines follow
        }
    }

    @Override
    public void detail(SchedDetail detail) {
        if (open != null && detail.kind() == 'P') {
            openProcs.add((int) Math.max(0, detail.runQueue()));
        }
    }

    /** A GC event from the reader: the samples before it go first. */
    void gc(GcEvent event) {
        close(); // a gc line ends a scheddetail block
        while (!waiting.isEmpty() && waiting.peekFirst().timeNanos() <= event.timeNanos()) {
            emit(waiting.pollFirst());
        }
        emit(event);
    }

    /** The end of the log: every sample still waiting goes. */
    void finish() {
        close();
        while (!waiting.isEmpty()) {
            emit(waiting.pollFirst());
        }
    }

    /** How many samples were turned into events. */
    int samples() {
        return samples;
    }

    private void close() {
        if (open == null) {
            return;
        }
        SchedSample s = open;
        List<Integer> local = new ArrayList<>();
        if (s.localRunQueues().length > 0) {
            for (int q : s.localRunQueues()) {
                local.add(q);
            }
        } else {
            local = openProcs;
        }
        open = null;
        waiting.addLast(new SchedTraced(s.timeNanos(), s.gomaxprocs(), s.idleProcs(), s.threads(),
                s.spinningThreads(), s.idleThreads(), s.globalRunQueue(), local));
        samples++;
        if (waiting.size() > MAX_WAITING) {
            emit(waiting.pollFirst());
        }
    }

    /** Hands on {@code e}; a sample that would go back in time (a pathological log) is moved to the last time. */
    private void emit(GcEvent e) {
        if (e instanceof SchedTraced t && t.timeNanos() < last) {
            e = new SchedTraced(last, t.gomaxprocs(), t.idleProcs(), t.threads(), t.spinningThreads(),
                    t.idleThreads(), t.globalRunQueue(), t.localRunQueues());
        }
        last = Math.max(last, e.timeNanos());
        out.accept(e);
    }
}
