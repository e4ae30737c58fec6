package dev.podium.scenario.gc;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.Section;
import dev.podium.scenario.SourceLocation;
import dev.podium.timeline.EventSink;
import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.log.GcLogException;
import dev.podium.world.gc.log.GcLogReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real log's pauses replayed beside a simulation of it: a GC scenario's {@code replayLog: path} (a JVM or Go GC
 * log beside the scenario file) or {@code replayLogText: |} (the log's lines in the scenario) is read when the
 * scenario binds, and each {@link LoggedPause} is emitted at its own time (nanoseconds since the logging process
 * started, which a simulation's time zero stands for), after the model's {@code GcConfigured}. The GC view draws
 * them as ghosts beside the simulated pauses ({@code GcState.originalPauses()}).
 *
 * <p>Problems are {@link ScenarioException}s at the key's place in the scenario file: both keys given, a path that
 * is not relative or names no readable file, text that is not a GC log. Lines of the log it does not recognise are
 * skipped, as {@code podium import} skips them. Reading happens on the binding thread; {@link #schedule} runs on the
 * kernel thread, one pending kernel event at a time.
 */
final class LogReplay {
    static final String FILE_KEY = "replayLog";
    static final String TEXT_KEY = "replayLogText";

    private LogReplay() {
    }

    /** The pauses of the scenario's replayed log, in time order; empty when it names none. */
    static List<LoggedPause> read(Scenario scenario, Path scenarioDir) throws ScenarioException {
        Section file = scenario.section(FILE_KEY);
        Section text = scenario.section(TEXT_KEY);
        if (file != null && text != null) {
            throw new ScenarioException(text.where(), "a scenario replays one log: give either '" + FILE_KEY
                    + "' or '" + TEXT_KEY + "', not both");
        }
        if (text != null) {
            byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
            return pauses(new ByteArrayInputStream(bytes), text.textOrigin().file() + "#" + TEXT_KEY, text.where());
        }
        if (file == null) {
            return List.of();
        }
        String entry = file.text().strip();
        if (scenarioDir == null) {
            throw new ScenarioException(file.where(), FILE_KEY + ": a scenario without a folder (a built-in one) "
                    + "cannot name a log file; put the log's lines in '" + TEXT_KEY + ": |'");
        }
        Path path;
        try {
            Path relative = Path.of(entry);
            if (entry.isEmpty() || relative.isAbsolute()) {
                throw new ScenarioException(file.where(), FILE_KEY + ": '" + entry + "' is not a path relative to "
                        + "the scenario file");
            }
            path = scenarioDir.resolve(relative);
        } catch (InvalidPathException e) {
            throw new ScenarioException(file.where(), FILE_KEY + ": '" + entry + "' is not a valid path");
        }
        if (!Files.isRegularFile(path)) {
            throw new ScenarioException(file.where(), FILE_KEY + ": '" + entry + "': no such file (looked for "
                    + path.toAbsolutePath().normalize() + ")");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return pauses(in, entry, file.where());
        } catch (IOException e) {
            throw new ScenarioException(file.where(), FILE_KEY + ": '" + entry + "' cannot be read: "
                    + e.getMessage());
        }
    }

    private static List<LoggedPause> pauses(InputStream in, String name, SourceLocation where)
            throws ScenarioException {
        List<LoggedPause> pauses = new ArrayList<>();
        try {
            new GcLogReader(name, (GcEvent e) -> {
                if (e instanceof LoggedPause p) {
                    pauses.add(p);
                }
            }).read(in);
        } catch (GcLogException e) {
            throw new ScenarioException(where, e.getMessage());
        } catch (IOException e) {
            throw new ScenarioException(where, name + ": cannot be read: " + e.getMessage());
        }
        pauses.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        return List.copyOf(pauses);
    }

    /** Emits each pause into {@code sink} at its time (at once for a time already past). */
    static void schedule(Kernel kernel, EventSink sink, List<LoggedPause> pauses) {
        if (!pauses.isEmpty()) {
            next(kernel, sink, pauses, 0);
        }
    }

    private static EventHandle next(Kernel kernel, EventSink sink, List<LoggedPause> pauses, int i) {
        LoggedPause p = pauses.get(i);
        return kernel.scheduleAt(Math.max(kernel.now(), p.timeNanos()), Kernel.NORMAL_PRIORITY, () -> {
            sink.emit(p);
            if (i + 1 < pauses.size()) {
                next(kernel, sink, pauses, i + 1);
            }
        });
    }
}
