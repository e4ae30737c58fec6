package dev.podium.world.goruntime.event;

/** How a context was derived. */
public enum ContextKind { CANCEL, DEADLINE, VALUE }
