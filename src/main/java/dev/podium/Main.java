package dev.podium;

import dev.podium.cli.PodiumCli;
import dev.podium.instance.SingleInstance;
import dev.podium.scenario.WorldRegistry;
import dev.podium.ui.PodiumApp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The launcher. With no arguments it opens the app, and with one scenario file it opens the app on that
 * file (handed to the running Podium instead, if there is one: {@link SingleInstance}); with a subcommand it runs headless and never starts JavaFX. A plain class on purpose: a main class that extends {@code Application} fails from a
 * class-path jar with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensAFile(args)) {
            PodiumApp.launchApp(args, claimOrHandOff(args));
        } else {
            System.exit(PodiumCli.run(args));
        }
    }

    /**
     * The single-instance step before the window: the running Podium of this user (if none, this process becomes
     * it and is returned, to receive later files); with a file argument and a Podium already running, the path goes
     * to that one and this process exits 0. Anything that goes wrong here (an unwritable directory) starts the app
     * normally, without receiving files. {@code -Dpodium.singleInstance=false} turns it off.
     */
    static SingleInstance claimOrHandOff(String[] args) {
        if (!Boolean.parseBoolean(System.getProperty("podium.singleInstance", "true"))) {
            return null;
        }
        Path directory = SingleInstance.defaultDirectory();
        try {
            SingleInstance running = SingleInstance.tryPrimary(directory);
            if (running != null) {
                return running;
            }
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Main.class).warn("cannot take the single-instance lock in {}: {}", directory,
                    e.toString());
            return null;
        }
        if (args.length == 1 && SingleInstance.handOff(directory, Path.of(args[0]))) {
            System.out.println("podium: opened " + args[0] + " in the running Podium");
            System.exit(0);
        }
        return null; // another Podium runs but did not take the file (or there is no file): a second window
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
