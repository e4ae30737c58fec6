package dev.podium.scenario;

import java.util.Objects;

/**
 * What a verb acts on: a kind ({@code pod}, {@code node}, {@code deployment}…, a key for dialogs and their
 * labels) and how the "needs a 'target'" message describes it. {@link #NONE} for verbs that take no target.
 * Immutable.
 *
 * @param kind a short key, the same for every verb that targets the same kind of thing; "" for none
 * @param description what to write, e.g. "a node name" or "a pod name or pattern such as web-*"
 */
public record Target(String kind, String description) {
    /** The verb takes no target. */
    public static final Target NONE = new Target("", "");

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** Whether the verb needs a target at all. */
    public boolean isNeeded() {
        return !kind.isEmpty();
    }
}
