package dev.podium.timeline;

/**
 * Folds events into a world's state: the only way views learn anything.
 *
 * <p>{@link #apply} mutates the state in place (cheap per event); {@link #copy} makes an independent
 * snapshot, used for checkpoints, so it must be deep enough that applying events to the copy never
 * changes the original. A projection ignores events of other worlds. Pure: no clock, no randomness,
 * no I/O, so the state at time t depends only on the events up to t.
 *
 * @param <S> the world's state type
 */
public interface Projection<S> {
    /** The state before any event. */
    S initial();

    /** Changes {@code state} to reflect {@code event}. */
    void apply(S state, WorldEvent event);

    /** An independent deep copy of {@code state}. */
    S copy(S state);
}
