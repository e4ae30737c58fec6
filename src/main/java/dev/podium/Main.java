package dev.podium;

import dev.podium.cli.PodiumCli;
import dev.podium.scenario.WorldRegistry;
import dev.podium.ui.PodiumApp;
import java.util.Locale;

/**
 * The launcher. With no arguments it opens the app, and with one scenario file it opens the app on that
 * file; with a subcommand it runs headless and never starts JavaFX. A plain class on purpose: a main class that extends {@code Application} fails from a
 * class-path jar with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensAFile(args)) {
            PodiumApp.launchApp(args);
        } else {
            System.exit(PodiumCli.run(args));
        }
    }

    /**
     * One argument naming a scenario file ({@code .yaml}, {@code .yml}), a recording ({@code .jsonl}) or a file a
     * world opens on its own ({@code World.fileExtensions}, e.g. a {@code .go} program) opens the
     * app on it: what a desktop
     * passes when the user double-clicks the file. Subcommands (run, validate, …) never end that way.
     */
    static boolean opensAFile(String[] args) {
        if (args.length != 1) {
            return false;
        }
        String name = args[0].toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".jsonl")
                || WorldRegistry.standard().openerOf(name) != null; // a world's own file, e.g. a program
    }
}
