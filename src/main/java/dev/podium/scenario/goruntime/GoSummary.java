package dev.podium.scenario.goruntime;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.ChanMade;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.GoroutinePreempted;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.ProgramExited;
import dev.podium.world.goruntime.event.RuntimeStarted;
import java.io.PrintWriter;
import java.util.List;

/** What {@code podium run --summary} and {@code replay} print of a Go program's run: the scheduler's work. */
final class GoSummary {
    private GoSummary() {
    }

    static void print(List<WorldEvent> events, PrintWriter out) {
        int procs = 0;
        long created = 0;
        long alive = 0;
        long maxAlive = 0;
        long channels = 0;
        long stolen = 0;
        long steals = 0;
        long preempted = 0;
        long gosched = 0;
        long handoffs = 0;
        ProgramExited exit = null;
        for (WorldEvent e : events) {
            if (e instanceof RuntimeStarted s) {
                procs = s.gomaxprocs();
                alive = 0;
            } else if (e instanceof GoroutineCreated) {
                created++;
                maxAlive = Math.max(maxAlive, ++alive);
            } else if (e instanceof GoroutineStateChanged s && s.status() == GStatus.DEAD) {
                alive--;
            } else if (e instanceof ChanMade) {
                channels++;
            } else if (e instanceof GoroutinesStolen s) {
                steals++;
                stolen += s.count();
            } else if (e instanceof GoroutinePreempted p) {
                if (p.gosched()) {
                    gosched++;
                } else {
                    preempted++;
                }
            } else if (e instanceof PHandedOff) {
                handoffs++;
            } else if (e instanceof ProgramExited x) {
                exit = x;
            }
        }
        out.println("go runtime:");
        out.printf("  GOMAXPROCS %d; goroutines created %d, at most %d at once; channels made %d%n", procs, created,
                maxAlive, channels);
        out.printf("  work stealing: %d steals took %d goroutines; preempted %d, Gosched %d; P hand-offs %d%n", steals,
                stolen, preempted, gosched, handoffs);
        if (exit == null) {
            out.println("  the program was still running");
        } else {
            out.printf("  exited with status %d (%s) at %s%n", exit.status(), exit.reason(),
                    SimDurations.readable(exit.timeNanos()));
        }
    }
}
