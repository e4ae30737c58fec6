package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Arg;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.ui.common.I18n;
import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.WorldUi;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Actions menu's pure part: a dialog field is checked by the verb's own argument, and becomes the input. */
class WorldActionsTest {
    private final WorldRegistry registry = WorldRegistry.standard();
    private final WorldViews views = WorldViews.standard();

    @Test
    void aFieldIsCheckedWithTheRangeTheVerbStatesOnce() {
        Arg<?> rate = verb("queue", "setArrivalRate").arg("arrivalsPerSecond");
        assertEquals(Optional.of("arrivalsPerSecond: must be more than 0 (and at most 1000000)"),
                WorldActions.problem(rate, "0"));
        assertEquals(Optional.empty(), WorldActions.problem(rate, "0.01"));
        assertEquals(Optional.empty(), WorldActions.problem(rate, "1,5"), "a decimal comma is accepted");
        assertEquals(Optional.empty(), WorldActions.problem(rate, "1，5"), "and a full-width one");
        assertTrue(WorldActions.problem(rate, "fast").orElseThrow().startsWith("arrivalsPerSecond: expected a number"));
        Arg<?> servers = verb("queue", "setServers").arg("servers");
        assertEquals(Optional.of("servers: 65 is out of range; expected from 1 to 64"),
                WorldActions.problem(servers, "65"));
        assertEquals(Optional.of("servers: a value is needed"), WorldActions.problem(servers, " "));
    }

    @Test
    void anAskedValueAndTheFixedOnesBecomeTheInputAtThePlayhead() {
        MenuAction rate = menuAction("queue", "setArrivalRate");
        TimedAction input = WorldActions.action(5_000, verb("queue", "setArrivalRate"), rate, "",
                Map.of("arrivalsPerSecond", "1,50"));
        assertEquals(5_000, input.atNanos());
        assertEquals(Map.of("arrivalsPerSecond", "1.5"), input.args().asStrings());
        assertEquals("<user>", input.where().file());

        MenuAction burst = menuAction("queue", "burst");
        TimedAction burstInput = WorldActions.action(0, verb("queue", "burst"), burst, "", Map.of());
        assertEquals(Map.of("count", "10"), burstInput.args().asStrings());
        assertEquals(java.util.List.of("10"), WorldActions.noteValues(burst, burstInput));

        TimedAction scale = WorldActions.action(42, verb("kube", "scale"), menuAction("kube", "scale"), " web ",
                Map.of("replicas", " 7 "));
        assertEquals("web", scale.target());
        assertEquals(Map.of("replicas", "7"), scale.args().asStrings());
        assertEquals("web replicas=7", WorldActions.what(scale));
    }

    @Test
    void everyWorldsMenuNamesItsOwnVerbsArgumentsAndTextsInBothLanguages() {
        for (World world : registry.all()) {
            WorldUi ui = views.ui(world.name());
            assertNotNull(ui, world.name() + " has a UI side");
            for (MenuAction action : ui.actions()) {
                Verb<?> verb = verb(world.name(), action.verb());
                for (String name : action.ask()) {
                    assertNotNull(verb.arg(name), action.verb() + " asks for " + name + ", which it does not take");
                }
                action.fixed().keySet().forEach(name -> assertNotNull(verb.arg(name), action.verb() + "." + name));
                for (Locale locale : I18n.LANGUAGES) {
                    I18n i18n = new I18n(locale);
                    assertNotNull(i18n.fromBundle(ui.bundle(), action.verb(), action.fixed().values().toArray()),
                            world.name() + " " + action.verb() + " label in " + locale);
                    for (String name : action.ask()) {
                        assertNotNull(i18n.fromBundle(ui.bundle(), "arg." + name), action.verb() + " arg." + name);
                    }
                    if (verb.target().isNeeded()) {
                        assertNotNull(i18n.fromBundle(ui.bundle(), "target." + verb.target().kind()),
                                action.verb() + " target." + verb.target().kind() + " in " + locale);
                    }
                }
            }
        }
    }

    private Verb<?> verb(String world, String name) {
        return registry.get(world).verbs().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private MenuAction menuAction(String world, String verb) {
        return views.ui(world).actions().stream().filter(a -> a.verb().equals(verb)).findFirst().orElseThrow();
    }
}
