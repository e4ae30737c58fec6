package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input meant to exhaust memory or time is refused early with a clear, located message. */
class HostileInputTest {

    private static final String HEADER = "podium: 1\nname: hostile\nworlds: [queue]\nduration: 10m\n";

    @Test
    void aliasBombIsRefusedAtItsFirstAnchor() {
        StringBuilder yaml = new StringBuilder(HEADER).append("params: {}\nbomb:\n");
        yaml.append("  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append("  ").append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("bomb.yaml",
                yaml.toString()));

        assertEquals("bomb.yaml:7:6: anchors and aliases (&name, *name) are not supported", e.getMessage());
    }

    @Test
    void aliasWithoutAnchorIsRefusedToo() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("alias.yaml",
                HEADER + "seed: *s\n"));

        assertEquals("alias.yaml:5:7: anchors and aliases (&name, *name) are not supported", e.getMessage());
    }

    @Test
    void tenMegabyteTextIsRefusedBeforeParsing() {
        String huge = HEADER + "description: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n";

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("huge.yaml", huge));

        assertEquals("huge.yaml: scenario is " + huge.length() + " bytes; the limit is 1 MiB", e.getMessage());
    }

    @Test
    void tenMegabyteFileIsRefusedBeforeReading(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("huge.yaml");
        Files.write(file, new byte[10 * 1024 * 1024]);

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));

        assertEquals(file + ": scenario is 10485760 bytes; the limit is 1 MiB", e.getMessage());
    }

    @Test
    void textJustUnderTheLimitIsParsed() throws Exception {
        String padding = "#".repeat(1024 * 1024 - HEADER.length() - 1) + "\n";

        assertEquals("hostile", ScenarioLoader.parse("big.yaml", HEADER + padding).name());
    }

    @Test
    void nestingDeeperThan32LevelsIsRefusedWhereItGoesTooDeep() {
        String deep = HEADER + "params: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("deep.yaml", deep));

        // the top-level map is level 1, so the list at column 9 is level 2 and level 33 opens at column 40
        assertEquals("deep.yaml:5:40: nesting is deeper than 32 levels of maps and lists", e.getMessage());
    }

    @Test
    void nestingOf32LevelsIsReadAndThenJudgedByTheFormat() {
        String deep = HEADER + "params: " + "[".repeat(31) + "]".repeat(31) + "\n";

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("deep.yaml", deep));

        assertEquals("deep.yaml:5:9: params: expected a map of names to values, found a list", e.getMessage());
    }

    @Test
    void nonUtf8FileIsRefusedWithByteOffsetAndPosition(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("latin1.yaml");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "title: \"na").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xEF); // "ï" in ISO-8859-1, a truncated sequence in UTF-8
        bytes.writeBytes("ve\"\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));

        assertEquals(file + ":5:11: not valid UTF-8 at byte offset " + (HEADER.length() + 10)
                + " (byte 0xEF); save the scenario as UTF-8", e.getMessage());
    }

    @Test
    void missingFileIsReportedWithoutAJavaClassName(@TempDir Path folder) {
        Path file = folder.resolve("nowhere.yaml");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));

        assertEquals(file + ": no such file", e.getMessage());
    }
}
