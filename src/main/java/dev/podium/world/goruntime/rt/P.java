package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.PState;

/** A processor (runtime2.go's p): its 256-slot local run queue, runnext, and the ticks sysmon watches. */
final class P {
    static final int RING = 256;

    final int id;
    final G[] runq = new G[RING];
    /** Head and tail count up forever; a slot is {@code index & (RING - 1)}. */
    int runqhead;
    int runqtail;
    G runnext;
    PState status = PState.IDLE;
    M m;
    long schedtick;
    long syscalltick;
    /** sysmon's view (proc.go's sysmontick). */
    long seenSchedtick;
    long seenSchedwhen;
    long seenSyscalltick;
    long seenSyscallwhen;
    /** Beyond GOMAXPROCS after a decrease: retires at its next schedule. */
    boolean retired;

    P(int id) {
        this.id = id;
    }

    int runqsize() {
        return runqtail - runqhead;
    }

    boolean runqempty() {
        return runqtail == runqhead && runnext == null;
    }
}
