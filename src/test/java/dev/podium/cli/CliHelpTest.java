package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers {@code --help} and {@code -V} with exit 0, and a usage error with its usage and exit 2. */
class CliHelpTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PodiumCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "replay", "record", "fork", "bench"})
    void helpPrintsTheUsageAndExitsZero(String command) {
        assertEquals(0, run(command, "--help"), err.toString());
        assertTrue(out.toString().startsWith("Usage: podium " + command), out.toString());
        assertEquals("", err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(command, "-h"), err.toString());
        assertTrue(out.toString().startsWith("Usage: podium " + command), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "replay", "record", "fork", "bench"})
    void versionPrintsTheVersionAndExitsZero(String command) {
        assertEquals(0, run(command, "-V"), err.toString());
        assertTrue(out.toString().startsWith("Podium "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(command, "--version"), err.toString());
        assertTrue(out.toString().startsWith("Podium "), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "replay", "record", "fork", "bench"})
    void aMissingArgumentIsAUsageErrorWithTheUsage(String command) {
        assertEquals(PodiumCli.USAGE_PROBLEM, run(command));
        assertTrue(err.toString().contains("Usage: podium " + command), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-V"})
    void theTopLevelAnswersHelpAndVersion(String option) {
        assertEquals(0, run(option));
        assertTrue(out.toString().startsWith(option.equals("-V") ? "Podium " : "Usage: podium"), out.toString());
    }
}
