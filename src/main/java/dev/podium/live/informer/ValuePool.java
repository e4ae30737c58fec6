package dev.podium.live.informer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One live session's pool of values that repeat across objects (node names, images, phases, owners, counts, status
 * conditions), so ten thousand pods of one Deployment hold one copy of its image name. Each session has its own and
 * drops it when it closes ({@link #clear}), so a long-running app keeps no strings of sessions it closed. Bounded: past
 * {@link #LIMIT} values, new ones are returned as they are (not pooled). Values must be immutable and compare by
 * value. Thread-safe (every informer's handler thread shares it).
 */
final class ValuePool {
    /** At most this many values are pooled per session. */
    static final int LIMIT = 100_000;

    private final int limit;
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    ValuePool() {
        this(LIMIT);
    }

    ValuePool(int limit) {
        this.limit = limit;
    }

    /** One shared instance of {@code s}, "" for null. */
    String share(String s) {
        return s == null ? "" : intern(s);
    }

    /** One shared instance of {@code value} (equal values give the same instance while the pool has room). */
    @SuppressWarnings("unchecked")
    <T> T intern(T value) {
        Object held = shared.get(value);
        if (held != null) {
            return (T) held;
        }
        if (shared.size() >= limit) {
            return value;
        }
        held = shared.putIfAbsent(value, value);
        return held == null ? value : (T) held;
    }

    /** How many values are pooled. */
    int size() {
        return shared.size();
    }

    /** Drops every pooled value (the session closed). */
    void clear() {
        shared.clear();
    }
}
