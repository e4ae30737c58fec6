package dev.podium.world.goruntime.exec;

/** One instruction: runs on the current frame of a goroutine; may push, pop, jump, call or ask for an Op. */
@FunctionalInterface
interface Ins {
    void run(Machine m, Frame f);
}
