package dev.podium.ui.shell;

import dev.podium.scenario.TimedAction;
import java.util.List;
import java.util.Map;

/**
 * The kube world's actions a user takes while watching, as the scenario inputs they become (the verbs of
 * docs/scenario-format.md). Pure; the menu asks for the values.
 */
public final class KubeActions {
    public static final String WORLD = "kube";

    /** One action the menu offers: its verb, what the target names, and the argument it asks for (or null). */
    public record Kind(String verb, String targetKey, String argument) {
    }

    /** In menu order. */
    public static final List<Kind> KINDS = List.of(
            new Kind("deletePod", "target.pod", null),
            new Kind("crashContainer", "target.pod", null),
            new Kind("failNode", "target.node", null),
            new Kind("recoverNode", "target.node", null),
            new Kind("cordon", "target.node", null),
            new Kind("drain", "target.node", null),
            new Kind("scale", "target.deployment", "replicas"),
            new Kind("setImage", "target.deployment", "image"),
            new Kind("setLoad", "target.deployment", "totalCpu"));

    private KubeActions() {
    }

    /** The input for {@code kind} at {@code atNanos}; {@code value} is the argument's text (ignored if none). */
    public static TimedAction action(long atNanos, Kind kind, String target, String value) {
        Map<String, String> args = kind.argument() == null ? Map.of() : Map.of(kind.argument(), value.strip());
        return TimedAction.byUser(atNanos, kind.verb(), target.strip(), args);
    }
}
