package dev.podium.ui.world;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One item of the Actions menu that a world offers: a verb of the world (its target kind, argument types and
 * ranges come from the verb, {@code dev.podium.scenario.Verb}), which of its arguments the dialog asks for, which
 * are fixed, and the values the dialog starts from. The shell builds the menu item, the dialogs and the timed
 * input from this and the verb; texts come from the world's bundle ({@link WorldUi#bundle()}) under these keys:
 * {@code <verb>} the menu label (formatted with the fixed values in order), {@code <verb>.title} the dialog title
 * (else the label), {@code target.<kind>} the target prompt, {@code arg.<name>} an argument's prompt, and
 * {@code note.<verb>} the narration note (formatted with the asked then the fixed values; else the shell's
 * generic note). Immutable.
 *
 * @param verb the verb's name
 * @param ask the arguments the dialog asks for, in order
 * @param fixed arguments given without asking, with their values, in order
 * @param initial the text a dialog field starts from for an argument, before the user has used it once
 */
public record MenuAction(String verb, List<String> ask, Map<String, String> fixed, Map<String, String> initial) {
    public MenuAction {
        Objects.requireNonNull(verb, "verb");
        ask = List.copyOf(ask);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        initial = Map.copyOf(initial);
    }

    /** An item that asks for the target (if the verb has one) and for {@code ask}, nothing fixed. */
    public static MenuAction asking(String verb, String... ask) {
        return new MenuAction(verb, List.of(ask), Map.of(), Map.of());
    }

    /** This item with {@code text} as the starting text of argument {@code arg}'s field. */
    public MenuAction startingAt(String arg, String text) {
        Map<String, String> more = new LinkedHashMap<>(initial);
        more.put(arg, text);
        return new MenuAction(verb, ask, fixed, more);
    }

    /** This item with argument {@code arg} fixed at {@code value} (not asked). */
    public MenuAction fixing(String arg, String value) {
        Map<String, String> more = new LinkedHashMap<>(fixed);
        more.put(arg, value);
        return new MenuAction(verb, ask, more, initial);
    }
}
