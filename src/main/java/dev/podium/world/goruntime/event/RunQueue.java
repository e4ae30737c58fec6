package dev.podium.world.goruntime.event;

/** Where a runnable goroutine waits: a P's runnext slot, a P's local ring, or the global queue. */
public enum RunQueue { RUNNEXT, LOCAL, GLOBAL }
