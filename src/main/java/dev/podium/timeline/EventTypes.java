package dev.podium.timeline;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry of event record types a recording may contain, keyed by the type name written in
 * each line ({@link WorldEvent#type()}, the record's simple name). Each world hands its record
 * classes to {@link #register}; {@link Narrated} and {@link Asked} are always known.
 *
 * <p>Record components may not be named {@code type} or {@code t}: recordings use those names for
 * the event's type and time (and a {@code type} component would override {@link WorldEvent#type()}).
 *
 * <p>Build it once, then share it read-only.
 */
public final class EventTypes {
    private final Map<String, Class<? extends WorldEvent>> byName = new TreeMap<>();

    public EventTypes() {
        register(List.of(Narrated.class, Asked.class));
    }

    /** Adds record types; a second type with the same simple name is a programming error. */
    public EventTypes register(List<Class<? extends WorldEvent>> types) {
        for (Class<? extends WorldEvent> type : types) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            for (RecordComponent component : type.getRecordComponents()) {
                // A component named "type" would override WorldEvent.type(); "t" would clash in the line.
                if (component.getName().equals("type") || component.getName().equals("t")) {
                    throw new IllegalArgumentException(type.getName() + " has a component named \""
                            + component.getName() + "\", which recordings reserve; rename it");
                }
            }
            Class<? extends WorldEvent> previous = byName.putIfAbsent(type.getSimpleName(), type);
            if (previous != null && previous != type) {
                throw new IllegalArgumentException("two event types named " + type.getSimpleName() + ": "
                        + previous.getName() + " and " + type.getName());
            }
        }
        return this;
    }

    /** The record class for a type name, or null if unknown. */
    public Class<? extends WorldEvent> forName(String typeName) {
        return byName.get(typeName);
    }

    /** All known type names, sorted. */
    public Map<String, Class<? extends WorldEvent>> all() {
        return Collections.unmodifiableMap(byName);
    }
}
