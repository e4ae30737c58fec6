package dev.podium.world.goruntime.event;

/** A sync object (numbered from 1 across kinds) was used for the first time. */
public record SyncObjectMade(long timeNanos, long id, SyncKind kind) implements GoEvent {
}
