package dev.podium.scenario.goruntime;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.ProgramExited;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A {@code .go} file opened on its own (File &gt; Open, {@code podium run prog.go}) as a scenario: the program with
 * the world's defaults, seed 1, and a duration that ends just after the program does (the program is run once,
 * headless, to find when; a program still running after {@link #CAP_NANOS} gets that as its duration).
 */
final class GoFileScenario {
    /** The longest simulated run of a program opened on its own: ten minutes. */
    static final long CAP_NANOS = 600_000_000_000L;

    private GoFileScenario() {
    }

    static Scenario of(Path file) throws ScenarioException {
        String fileName = file.getFileName().toString();
        Scenario probe = ScenarioLoader.parse(file.toString(), yaml(fileName, "10m"));
        // Compile first so that a bad program reports its problems before anything runs.
        GoProgramSource.readFile(file);
        ScenarioRun run = ScenarioRun.start(probe);
        run.advanceTo(CAP_NANOS, Long.MAX_VALUE);
        long end = CAP_NANOS;
        for (WorldEvent e : run.timeline().events()) {
            if (e instanceof ProgramExited x) {
                end = x.timeNanos();
            }
        }
        long duration = Math.min(CAP_NANOS, Math.max(1_000L, end + end / 20 + 1));
        return ScenarioLoader.parse(file.toString(), yaml(fileName, duration + "ns"));
    }

    private static String yaml(String fileName, String duration) {
        String base = fileName.endsWith(".go") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String name = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        String quoted = "'" + fileName.replace("'", "''") + "'";
        return "podium: 1\n"
                + "name: " + (name.isEmpty() ? "program" : name) + "\n"
                + "title: {en: " + quoted + ", zh-CN: " + quoted + "}\n"
                + "worlds: [" + GoRuntimeWorld.NAME + "]\n"
                + "seed: 1\n"
                + "duration: " + duration + "\n"
                + "programFile: " + quoted + "\n";
    }
}
