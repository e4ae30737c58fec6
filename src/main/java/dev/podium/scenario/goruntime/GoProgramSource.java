package dev.podium.scenario.goruntime;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.Section;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.TextOrigin;
import dev.podium.world.goruntime.lang.CheckedProgram;
import dev.podium.world.goruntime.lang.GoProblem;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.GoSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Go program of a {@code goruntime} scenario: inline ({@code program: |}) or in a file beside the scenario
 * ({@code programFile: main.go}; for a built-in lesson, beside it on the class path under {@code simulations/}),
 * parsed and checked by the Go front end. A problem in the program is reported where the user edits it: in the
 * scenario file for an inline program written as a literal block (lines shift by the block's place; columns are
 * the block's indentation plus the go tool's byte column), in the {@code .go} file for a program file.
 */
public final class GoProgramSource {
    /** The top-level key of an inline program. */
    public static final String PROGRAM = "program";
    /** The top-level key of a program file. */
    public static final String PROGRAM_FILE = "programFile";

    private GoProgramSource() {
    }

    /**
     * Reads and checks the program of {@code scenario}.
     *
     * @param scenarioDir the scenario file's folder, or null for a built-in lesson
     * @throws ScenarioException when there is no program or two, the file cannot be read, or the program does not
     *     compile (every problem the Go front end reports, each at its place)
     */
    public static CheckedProgram read(Scenario scenario, Path scenarioDir) throws ScenarioException {
        Section inline = scenario.section(PROGRAM);
        Section file = scenario.section(PROGRAM_FILE);
        if (inline != null && file != null) {
            throw new ScenarioException(file.where(),
                    "a goruntime scenario has one program: give either 'program' or 'programFile', not both");
        }
        if (inline == null && file == null) {
            throw new ScenarioException(SourceLocation.wholeFile(scenario.sourceName()),
                    "a goruntime scenario needs its Go program: 'program: |' with the source, or "
                            + "'programFile: main.go' beside the scenario");
        }
        if (inline != null) {
            return check(inline.text(), inline.textOrigin(), goName(inline.textOrigin()));
        }
        String entry = file.text().strip();
        Loaded loaded = scenarioDir == null ? fromClassPath(entry, file.where()) : fromDisk(entry, file.where(),
                scenarioDir);
        return check(loaded.text, TextOrigin.of(loaded.name), loaded.name);
    }

    /** Reads and checks a {@code .go} file opened on its own (File > Open, {@code podium run prog.go}). */
    public static CheckedProgram readFile(Path goFile) throws ScenarioException {
        Path dir = goFile.toAbsolutePath().getParent();
        Loaded loaded = fromDisk(goFile.getFileName().toString(), SourceLocation.wholeFile(goFile.toString()), dir);
        return check(loaded.text, TextOrigin.of(goFile.toString()), goFile.toString());
    }

    /** The program's source as read, for views (the source beside the scheduler). */
    private record Loaded(String name, String text) {
    }

    private static String goName(TextOrigin origin) {
        return origin.file();
    }

    private static CheckedProgram check(String text, TextOrigin origin, String fileName) throws ScenarioException {
        try {
            return GoSource.check(fileName, text);
        } catch (GoProblems problems) {
            List<ScenarioProblem> out = new ArrayList<>();
            for (GoProblem p : problems.problems()) {
                out.add(new ScenarioProblem(origin.at(p.pos().line(), p.pos().column()), p.message()));
            }
            throw new ScenarioException(out);
        }
    }

    private static Loaded fromClassPath(String entry, SourceLocation where) throws ScenarioException {
        if (entry.isEmpty() || entry.startsWith("/") || entry.contains("..")) {
            throw new ScenarioException(where, "programFile: '" + entry + "' must be a relative path inside the "
                    + "lessons folder");
        }
        String resource = "simulations/" + entry;
        try (InputStream in = GoProgramSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(where, "programFile: no built-in file " + resource);
            }
            byte[] bytes = in.readNBytes(ScenarioLoader.MAX_BYTES + 1);
            if (bytes.length > ScenarioLoader.MAX_BYTES) {
                throw new ScenarioException(where, "programFile: " + resource + " is larger than 1 MiB");
            }
            return new Loaded(resource, ScenarioLoader.decodeUtf8(resource, bytes));
        } catch (IOException e) {
            throw new ScenarioException(where, "programFile: cannot read " + resource + ": " + e.getMessage());
        }
    }

    private static Loaded fromDisk(String entry, SourceLocation where, Path scenarioDir) throws ScenarioException {
        Path path;
        try {
            Path relative = Path.of(entry);
            if (entry.isEmpty() || relative.isAbsolute()) {
                throw new ScenarioException(where, "programFile: '" + entry + "' is not a path relative to the "
                        + "scenario file");
            }
            path = scenarioDir.resolve(relative);
        } catch (InvalidPathException e) {
            throw new ScenarioException(where, "programFile: '" + entry + "' is not a valid path");
        }
        String problem;
        try {
            if (!Files.exists(path)) {
                problem = "no such file (looked for " + path.toAbsolutePath().normalize() + ")";
            } else if (!Files.isRegularFile(path)) {
                problem = "it is not a regular file";
            } else {
                byte[] bytes;
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes(ScenarioLoader.MAX_BYTES + 1);
                }
                if (bytes.length > ScenarioLoader.MAX_BYTES) {
                    problem = "it is more than 1 MiB";
                } else {
                    String text = ScenarioLoader.decodeUtf8(path.toString(), bytes);
                    return new Loaded(path.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
                }
            }
        } catch (IOException e) {
            problem = String.valueOf(e.getMessage());
        }
        throw new ScenarioException(where, "programFile: cannot read '" + entry + "': " + problem);
    }
}
