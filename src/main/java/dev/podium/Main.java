package dev.podium;

import dev.podium.cli.PodiumCli;
import dev.podium.ui.PodiumApp;

/**
 * The launcher. With no arguments it opens the app; with a subcommand it runs headless and never
 * starts JavaFX. A plain class on purpose: a main class that extends {@code Application} fails from a
 * class-path jar with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            PodiumApp.launchApp(args);
        } else {
            System.exit(PodiumCli.run(args));
        }
    }
}
