package dev.podium.ui.shell;

import dev.podium.scenario.Arg;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.ui.common.I18n;
import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.WorldUi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;

/**
 * The simulation items of the Actions menu, built from each world's {@link MenuAction}s and its verbs: one item
 * per action, shown while the open scenario has that world. Choosing one asks for the verb's target (if any) and
 * each asked argument, with the range the verb's {@link Arg} states and the same check, then forks the run at the
 * playhead with a note in the narration. Dialogs start from the last value used for each target kind and
 * argument. While a fork computes, the items are disabled (one fork at a time). FX thread only.
 */
final class ActionsMenu {
    private final MainWindow window;
    private final I18n i18n;
    private final WorldRegistry registry;
    private final Map<String, String> lastTarget = new HashMap<>();
    private final Map<String, String> lastValue = new HashMap<>();

    ActionsMenu(MainWindow window, WorldRegistry registry) {
        this.window = window;
        this.i18n = window.i18n();
        this.registry = registry;
    }

    /** One menu item per action of every world that has both sides, in registration order. */
    List<MenuItem> items(WorldViews views) {
        List<MenuItem> items = new ArrayList<>();
        for (World world : registry.all()) {
            WorldUi ui = views.ui(world.name());
            if (ui == null) {
                continue;
            }
            for (MenuAction action : ui.actions()) {
                Verb<?> verb = verb(world, action.verb());
                MenuItem item = new MenuItem();
                item.setId("action-" + action.verb());
                item.setMnemonicParsing(false);
                item.textProperty().bind(Bindings.createStringBinding(() -> label(ui, action),
                        i18n.localeProperty()));
                item.setOnAction(e -> ask(ui, verb, action));
                item.visibleProperty().bind(window.hasWorldBinding(world.name()));
                item.disableProperty().bind(window.model().forkingProperty());
                items.add(item);
            }
        }
        return items;
    }

    private static Verb<?> verb(World world, String name) {
        return world.verbs().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalStateException(world.name() + " offers a menu action for an unknown verb " + name));
    }

    private String label(WorldUi ui, MenuAction action) {
        String label = i18n.fromBundle(ui.bundle(), action.verb(), action.fixed().values().toArray());
        return label == null ? action.verb() : label;
    }

    private String title(WorldUi ui, MenuAction action) {
        String title = i18n.fromBundle(ui.bundle(), action.verb() + ".title", action.fixed().values().toArray());
        return title != null ? title : label(ui, action).replace("…", "");
    }

    /** Asks for the target and the arguments, then forks; cancelling any dialog does nothing. */
    void ask(WorldUi ui, Verb<?> verb, MenuAction action) {
        String title = title(ui, action);
        String target = "";
        if (verb.target().isNeeded()) {
            String kind = verb.target().kind();
            String prompt = text(ui, "target." + kind, verb.target().description());
            Optional<String> chosen = window.dialogs().askText(title, prompt, lastTarget.getOrDefault(kind, ""));
            if (chosen.isEmpty()) {
                return;
            }
            target = chosen.get();
            lastTarget.put(kind, target);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : action.ask()) {
            Arg<?> arg = verb.arg(name);
            String key = action.verb() + "." + name;
            String initial = lastValue.getOrDefault(key, action.initial().getOrDefault(name,
                    arg.defaultValue() == null ? "" : String.valueOf(arg.defaultValue())));
            Optional<String> value = window.dialogs().askChecked(title, text(ui, "arg." + name, name + ":"),
                    range(arg), initial, text -> problem(arg, text));
            if (value.isEmpty()) {
                return;
            }
            lastValue.put(key, value.get());
            values.put(name, value.get());
        }
        TimedAction input = WorldActions.action(window.model().playheadNanos(), verb, action, target, values);
        String note = i18n.fromBundle(ui.bundle(), "note." + action.verb(),
                WorldActions.noteValues(action, input).toArray());
        window.forkWith(input, note != null ? note
                : i18n.get("note.changed", label(ui, action) + ": " + WorldActions.what(input)));
    }

    /**
     * What is wrong with a field's text, in the window's language: the argument's own message in English (the one a
     * scenario file gets); in another language, what kind of problem it is (the dialog's header states the range).
     */
    private Optional<String> problem(Arg<?> arg, String text) {
        Optional<String> problem = WorldActions.problem(arg, text);
        if (problem.isEmpty() || "en".equals(i18n.locale().getLanguage())) {
            return problem;
        }
        if (text.isBlank()) {
            return Optional.of(i18n.get("dialog.value.empty"));
        }
        boolean numeric = arg.kind() == Arg.Kind.NUMBER || arg.kind() == Arg.Kind.INTEGER;
        if (numeric && !WorldActions.normalized(arg, text).matches("[+-]?[0-9.]+([eE][+-]?[0-9]+)?")) {
            return Optional.of(i18n.get("dialog.value.notNumber"));
        }
        return Optional.of(i18n.get(numeric ? "dialog.value.outOfRange" : "dialog.value.invalid", problem.get()));
    }

    private String text(WorldUi ui, String key, String fallback) {
        String text = i18n.fromBundle(ui.bundle(), key);
        return text == null ? fallback : text;
    }

    /** The range of a number argument, in the window's language; null for other kinds. */
    private String range(Arg<?> arg) {
        return switch (arg.kind()) {
            case NUMBER -> arg.minExclusive()
                    ? i18n.get("dialog.number.above", WorldActions.plain(arg.min()), WorldActions.plain(arg.max()))
                    : i18n.get("dialog.number.range", WorldActions.plain(arg.min()), WorldActions.plain(arg.max()));
            case INTEGER -> i18n.get("dialog.number.range", String.valueOf((long) arg.min()),
                    String.valueOf((long) arg.max()));
            default -> null;
        };
    }
}
