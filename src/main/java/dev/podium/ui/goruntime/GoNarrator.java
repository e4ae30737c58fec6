package dev.podium.ui.goruntime;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.NarrationBundle;
import dev.podium.ui.world.Narrator;
import dev.podium.world.goruntime.event.ChanBufferChanged;
import dev.podium.world.goruntime.event.ChanClosed;
import dev.podium.world.goruntime.event.ChanHandedOff;
import dev.podium.world.goruntime.event.ChanMade;
import dev.podium.world.goruntime.event.ChanParked;
import dev.podium.world.goruntime.event.ChanUnparked;
import dev.podium.world.goruntime.event.ContextCanceled;
import dev.podium.world.goruntime.event.ContextCreated;
import dev.podium.world.goruntime.event.GlobalQueueTaken;
import dev.podium.world.goruntime.event.GoActionIgnored;
import dev.podium.world.goruntime.event.GoProgramLoaded;
import dev.podium.world.goruntime.event.GomaxprocsChanged;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.GoroutinePreempted;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.MStateChanged;
import dev.podium.world.goruntime.event.MutexAcquired;
import dev.podium.world.goruntime.event.MutexModeChanged;
import dev.podium.world.goruntime.event.MutexReleased;
import dev.podium.world.goruntime.event.OutputWritten;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.PStateChanged;
import dev.podium.world.goruntime.event.ProgramExited;
import dev.podium.world.goruntime.event.RWMutexReaders;
import dev.podium.world.goruntime.event.RunQueueOverflowed;
import dev.podium.world.goruntime.event.RuntimeStarted;
import dev.podium.world.goruntime.event.SelectChose;
import dev.podium.world.goruntime.event.SyncObjectMade;
import dev.podium.world.goruntime.event.SyncParked;
import dev.podium.world.goruntime.event.SyncWoken;
import dev.podium.world.goruntime.event.TimerFired;
import dev.podium.world.goruntime.event.TimerSet;
import dev.podium.world.goruntime.event.TimerStopped;
import dev.podium.world.goruntime.event.WaitGroupChanged;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentences for every Go runtime event, from {@code dev/podium/ui/goruntime/narration*.properties} (English and
 * Simplified Chinese), with named arguments: what a teacher would say while stepping through the run ("G7 parks on
 * ch3 to send 5: no receiver is waiting and the buffer has no room; it waits in sendq"). Goroutines, Ps, Ms and
 * channels are named as the view draws them (G7, P0, M1, ch3); wait reasons, error texts and Go identifiers stay as
 * Go prints them in both languages. Returns null only for other worlds' events. FX thread.
 */
public final class GoNarrator implements Narrator {
    private static final String BUNDLE = "dev.podium.ui.goruntime.narration";
    /** Printed text longer than this is cut with "…". */
    static final int MAX_TEXT = 60;

    /** A sentence's key in the bundle and the values of the names its pattern may use. */
    record Sentence(String key, Map<String, Object> arguments) {
    }

    private final NarrationBundle sentences = new NarrationBundle(BUNDLE);

    @Override
    public String sentence(WorldEvent event, Locale locale) {
        Sentence s = compose(event);
        return s == null ? null : sentences.say(locale, s.key(), s.arguments());
    }

    /** The sentence for {@code event}; null for other worlds' events. */
    Sentence compose(WorldEvent event) {
        Map<String, Object> a = new HashMap<>();
        String key = compose(event, a);
        return key == null ? null : new Sentence(key, a);
    }

    private static String compose(WorldEvent event, Map<String, Object> a) {
        if (event instanceof RuntimeStarted e) {
            a.put("file", baseName(e.fileName()));
            a.put("procs", e.gomaxprocs());
            return "runtime.started";
        } else if (event instanceof GomaxprocsChanged e) {
            a.put("procs", e.gomaxprocs());
            return "gomaxprocs";
        } else if (event instanceof GoProgramLoaded e) {
            a.put("file", baseName(e.fileName()));
            a.put("lines", e.source().isEmpty() ? 0 : e.source().split("\n", -1).length);
            return "program.loaded";
        } else if (event instanceof GoActionIgnored e) {
            a.put("action", e.action());
            a.put("g", "G" + e.g());
            a.put("status", e.status().goName());
            a.put("function", e.detail());
            return "action.ignored." + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '.');
        } else if (event instanceof PStateChanged e) {
            a.put("p", "P" + e.p());
            a.put("m", "M" + e.m());
            return switch (e.state()) {
                case RUNNING -> "p.running";
                case IDLE -> "p.idle";
                case SYSCALL -> "p.syscall";
            };
        } else if (event instanceof MStateChanged e) {
            a.put("m", "M" + e.m());
            a.put("p", "P" + e.p());
            a.put("g", "G" + e.g());
            return switch (e.state()) {
                case RUNNING -> e.g() > 0 ? "m.running" : "m.running.nog";
                case SPINNING -> "m.spinning";
                case SYSCALL -> "m.syscall";
                case IDLE -> "m.idle";
            };
        } else if (event instanceof GoroutineCreated e) {
            a.put("g", "G" + e.g());
            a.put("parent", "G" + e.parent());
            a.put("function", e.function());
            a.put("line", e.line());
            if (e.parent() == 0 && e.g() > 1) {
                return "g.created.outside"; // an action's goroutine, or AfterFunc's: no go statement made it
            }
            return e.parent() == 0 ? "g.created.main" : "g.created";
        } else if (event instanceof GoroutineQueued e) {
            a.put("g", "G" + e.g());
            a.put("p", "P" + e.p());
            return switch (e.queue()) {
                case RUNNEXT -> "g.queued.runnext";
                case LOCAL -> "g.queued.local";
                case GLOBAL -> "g.queued.global";
            };
        } else if (event instanceof GoroutineStateChanged e) {
            a.put("g", "G" + e.g());
            a.put("p", "P" + e.p());
            a.put("m", "M" + e.m());
            a.put("line", e.line());
            a.put("reason", e.waitReason());
            return switch (e.status()) {
                case RUNNING -> e.line() > 0 ? "g.running" : "g.running.start";
                case RUNNABLE -> "g.runnable";
                case WAITING -> "g.waiting";
                case SYSCALL -> "g.syscall";
                case DEAD -> "g.dead";
            };
        } else if (event instanceof GoroutinePreempted e) {
            a.put("g", "G" + e.g());
            a.put("p", "P" + e.p());
            return e.gosched() ? "g.gosched" : "g.preempted";
        } else if (event instanceof GoroutinesStolen e) {
            a.put("from", "P" + e.fromP());
            a.put("to", "P" + e.toP());
            a.put("count", e.count());
            return e.runnext() ? "steal.runnext" : "steal";
        } else if (event instanceof GlobalQueueTaken e) {
            a.put("p", "P" + e.p());
            a.put("count", e.count());
            return "global.taken";
        } else if (event instanceof RunQueueOverflowed e) {
            a.put("p", "P" + e.p());
            a.put("count", e.count());
            return "ring.overflow";
        } else if (event instanceof PHandedOff e) {
            a.put("p", "P" + e.p());
            a.put("from", "M" + e.fromM());
            a.put("to", "M" + e.toM());
            return "p.handoff";
        } else if (event instanceof ChanMade e) {
            a.put("g", "G" + e.g());
            a.put("ch", "ch" + e.ch());
            a.put("type", e.elemType());
            a.put("cap", e.capacity());
            a.put("line", e.line());
            return e.capacity() == 0 ? "chan.made.unbuffered" : "chan.made";
        } else if (event instanceof ChanBufferChanged e) {
            a.put("ch", "ch" + e.ch());
            a.put("slot", e.slot());
            a.put("value", shorten(e.value()));
            a.put("qcount", e.qcount());
            a.put("sendx", e.sendx());
            a.put("recvx", e.recvx());
            return e.value().isEmpty() ? "chan.buffer.out" : "chan.buffer.in";
        } else if (event instanceof ChanHandedOff e) {
            a.put("ch", "ch" + e.ch());
            a.put("from", "G" + e.from());
            a.put("to", "G" + e.to());
            a.put("value", shorten(e.value()));
            return "chan.handoff";
        } else if (event instanceof ChanParked e) {
            a.put("ch", "ch" + e.ch());
            a.put("g", "G" + e.g());
            a.put("value", shorten(e.value()));
            a.put("case", e.caseIndex());
            String key = e.send() ? "chan.parked.send" : "chan.parked.recv";
            return e.caseIndex() >= 0 ? key + ".select" : key;
        } else if (event instanceof ChanUnparked e) {
            a.put("ch", "ch" + e.ch());
            a.put("g", "G" + e.g());
            return e.send() ? "chan.unparked.send" : "chan.unparked.recv";
        } else if (event instanceof ChanClosed e) {
            a.put("ch", "ch" + e.ch());
            a.put("g", "G" + e.g());
            a.put("line", e.line());
            return "chan.closed";
        } else if (event instanceof SelectChose e) {
            a.put("g", "G" + e.g());
            a.put("line", e.line());
            a.put("chosen", e.chosen());
            a.put("ready", join(e.ready()));
            a.put("count", e.ready().size());
            return e.chosen() < 0 ? "select.default" : e.ready().size() > 1 ? "select.random" : "select.one";
        } else if (event instanceof SyncObjectMade e) {
            a.put("id", "#" + e.id());
            a.put("kind", switch (e.kind()) {
                case MUTEX -> "sync.Mutex";
                case RWMUTEX -> "sync.RWMutex";
                case WAITGROUP -> "sync.WaitGroup";
                case COND -> "sync.Cond";
            });
            return "sync.made";
        } else if (event instanceof MutexAcquired e) {
            a.put("id", "#" + e.id());
            a.put("g", "G" + e.g());
            return "mutex.acquired";
        } else if (event instanceof MutexReleased e) {
            a.put("id", "#" + e.id());
            a.put("g", "G" + e.g());
            return "mutex.released";
        } else if (event instanceof MutexModeChanged e) {
            a.put("id", "#" + e.id());
            return e.starving() ? "mutex.starving" : "mutex.normal";
        } else if (event instanceof RWMutexReaders e) {
            a.put("id", "#" + e.id());
            a.put("readers", e.readers());
            return e.writerPending() ? "rw.readers.writer" : "rw.readers";
        } else if (event instanceof SyncParked e) {
            a.put("id", "#" + e.id());
            a.put("g", "G" + e.g());
            return e.front() ? "sync.parked.front" : "sync.parked";
        } else if (event instanceof SyncWoken e) {
            a.put("id", "#" + e.id());
            a.put("g", "G" + e.g());
            return "sync.woken";
        } else if (event instanceof WaitGroupChanged e) {
            a.put("id", "#" + e.id());
            a.put("counter", e.counter());
            return e.counter() == 0 ? "wg.zero" : "wg.changed";
        } else if (event instanceof TimerSet e) {
            a.put("timer", "#" + e.timer());
            a.put("g", "G" + e.g());
            a.put("p", "P" + e.p());
            a.put("when", SimDurations.readable(e.whenNanos()));
            a.put("period", SimDurations.readable(e.periodNanos()));
            return e.periodNanos() > 0 ? "timer.set.periodic" : "timer.set";
        } else if (event instanceof TimerFired e) {
            a.put("timer", "#" + e.timer());
            return "timer.fired";
        } else if (event instanceof TimerStopped e) {
            a.put("timer", "#" + e.timer());
            return "timer.stopped";
        } else if (event instanceof ContextCreated e) {
            a.put("ctx", "ctx" + e.ctx());
            a.put("parent", e.parent() == 0 ? "context.Background()" : "ctx" + e.parent());
            a.put("deadline", SimDurations.readable(Math.max(0, e.deadlineNanos())));
            return switch (e.kind()) {
                case CANCEL -> "ctx.created.cancel";
                case DEADLINE -> "ctx.created.deadline";
                case VALUE -> "ctx.created.value";
            };
        } else if (event instanceof ContextCanceled e) {
            a.put("ctx", "ctx" + e.ctx());
            a.put("err", e.err().goText());
            a.put("cause", shorten(e.cause()));
            return e.cause().isEmpty() ? "ctx.canceled" : "ctx.canceled.cause";
        } else if (event instanceof OutputWritten e) {
            a.put("g", "G" + e.g());
            a.put("text", shorten(e.text().strip()));
            return e.fd() == 2 ? "output.stderr" : "output.stdout";
        } else if (event instanceof ProgramExited e) {
            a.put("status", e.status());
            a.put("reason", e.reason());
            return switch (e.reason()) {
                case "deadlock" -> "exit.deadlock";
                case "panic" -> "exit.panic";
                case "fatal" -> "exit.fatal";
                default -> "exit";
            };
        }
        return null;
    }

    private static String shorten(String s) {
        String oneLine = s.replace('\n', '⏎');
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String join(List<Integer> ready) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ready.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(ready.get(i));
        }
        return b.toString();
    }

    private static String baseName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
