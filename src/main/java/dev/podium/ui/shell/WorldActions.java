package dev.podium.ui.shell;

import dev.podium.scenario.Arg;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.ui.common.Dialogs;
import dev.podium.ui.world.MenuAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pure part of the Actions menu: what a dialog field accepts for an argument (checked by the verb's own
 * {@link Arg}, so a range is written once, in the world), and the timed input a {@link MenuAction} becomes with
 * the values the user gave. No JavaFX; the dialogs are {@link ActionsMenu}'s.
 */
public final class WorldActions {
    private WorldActions() {
    }

    /**
     * What is wrong with {@code text} as a value of {@code arg}, or empty when it is fine. A number may use a
     * comma (or a full-width comma) for the decimal point.
     */
    public static Optional<String> problem(Arg<?> arg, String text) {
        if (text.isBlank()) {
            return Optional.of(arg.name() + ": a value is needed");
        }
        try {
            arg.parse(normalized(arg, text));
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.problems().get(0).message());
        }
    }

    /** {@code text} as a scenario file would write it: a number with a point, no exponent, no trailing zeros. */
    public static String normalized(Arg<?> arg, String text) {
        String t = text.strip();
        if (arg.kind() != Arg.Kind.NUMBER) {
            return t;
        }
        t = t.replace('，', '.').replace(',', '.');
        try {
            return plain(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return t;
        }
    }

    /** A number as a scenario file would write it: no exponent, no trailing zeros. */
    public static String plain(double value) {
        return Dialogs.plain(value);
    }

    /**
     * The timed input at {@code atNanos} for {@code item} of {@code verb}, with {@code target} ("" for a verb
     * without one) and the asked values by argument name, then the fixed ones.
     */
    public static TimedAction action(long atNanos, Verb<?> verb, MenuAction item, String target,
                                     Map<String, String> asked) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String name : item.ask()) {
            Arg<?> arg = verb.arg(name);
            String value = asked.get(name);
            if (arg != null && value != null) {
                args.put(name, normalized(arg, value));
            }
        }
        args.putAll(item.fixed());
        return TimedAction.byUser(atNanos, verb.name(), target.strip(), args);
    }

    /** The values a note names: the asked ones in order, then the fixed ones. */
    public static List<String> noteValues(MenuAction item, TimedAction action) {
        List<String> values = new java.util.ArrayList<>();
        item.ask().forEach(name -> values.add(action.args().text(name, "")));
        values.addAll(item.fixed().values());
        return values;
    }

    /** What a generic note says the action did: "target name=value …". */
    public static String what(TimedAction action) {
        StringBuilder what = new StringBuilder(action.target());
        action.args().asStrings().forEach((name, value) -> what.append(what.length() == 0 ? "" : " ").append(name)
                .append('=').append(value));
        return what.toString();
    }
}
