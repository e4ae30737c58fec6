package dev.podium.world.goruntime.event;

/** The kind of a sync object. */
public enum SyncKind { MUTEX, RWMUTEX, WAITGROUP, COND }
