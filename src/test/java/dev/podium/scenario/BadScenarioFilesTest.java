package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in scenarios/bad is refused with a problem that has the expected text at the expected place. */
class BadScenarioFilesTest {

    private static final String MISSING = "missing required key";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("unknown-top-level-key.yaml", "4:1", "unknown key 'duraton' (did you mean 'duration'?)"),
                bad("seed-not-an-integer.yaml", "5:7", "seed: expected a whole number"),
                bad("worlds-not-a-list.yaml", "3:9", "worlds: expected a list such as [queue], found text 'queue'"),
                bad("unknown-world.yaml", "3:17", "unknown world 'kubee' (did you mean 'kube'?)"),
                bad("no-worlds.yaml", "3:9", "worlds: name at least one world"),
                bad("missing-duration.yaml", "2:1", MISSING + " 'duration'"),
                bad("duration-without-unit.yaml", "4:11", "'600' has no unit"),
                bad("duration-over-a-day.yaml", "4:11", "duration: 25h is out of range"),
                bad("unsupported-version.yaml", "1:9", "format version 2 is not supported"),
                bad("name-with-capitals.yaml", "2:7", "may use only lower-case letters"),
                bad("title-without-english.yaml", "5:8", "title: missing 'en' text"),
                bad("title-unknown-language.yaml", "7:3", "title: unknown language 'zh'"),
                bad("title-is-a-list.yaml", "5:8", "title: expected text, or a map with 'en' and 'zh-CN'"),
                bad("action-after-the-end.yaml", "6:9", "at: 11m is after the end of the scenario (duration 10m)"),
                bad("action-at-negative-time.yaml", "6:9", "is negative"),
                bad("action-unknown-verb.yaml", "7:9", "unknown action 'setArivalRate'"),
                bad("action-misspelt-argument.yaml", "8:5", "unknown key 'server' (did you mean 'servers'?)"),
                bad("action-missing-argument.yaml", "6:5", "setServers needs 'servers'"),
                bad("action-servers-out-of-range.yaml", "8:14", "servers: 65 is out of range; expected from 1 to 64"),
                bad("action-servers-not-a-number.yaml", "8:14", "servers: expected a whole number"),
                bad("action-zero-arrival-rate.yaml", "8:24", "arrivalsPerSecond: must be more than 0"),
                bad("action-service-time-too-long.yaml", "8:22", "meanServiceTime: 2h is out of range"),
                bad("action-empty-burst.yaml", "8:12", "count: 0 is out of range"),
                bad("action-without-at.yaml", "6:5", MISSING + " 'at'"),
                bad("action-say-without-text.yaml", "6:5", "a 'say' action needs 'say' text"),
                bad("ask-without-options.yaml", "6:5", "an 'ask' action needs 'options'"),
                bad("ask-answer-out-of-range.yaml", "12:13", "answer: 3 is not an option; expected a number from 1 to 2"),
                bad("ask-one-option.yaml", "9:14", "options: expected 2 to 9 options"),
                bad("action-not-a-map.yaml", "6:5", "actions: expected a map"),
                bad("actions-not-a-list.yaml", "6:3", "actions: expected a list"),
                bad("params-value-is-a-list.yaml", "6:12", "params.servers: expected a single value"),
                bad("params-not-a-map.yaml", "5:9", "params: expected a map"),
                bad("manifest-files-not-a-list.yaml", "5:16", "manifestFiles: expected a list"),
                bad("duplicate-key.yaml", "5:1", "duplicate key 'name'; it was already given at line 2"),
                bad("two-documents.yaml", "6:1", "only one YAML document is allowed"),
                bad("anchor.yaml", "5:9", "anchors and aliases (&name, *name) are not supported"),
                bad("unclosed-list.yaml", "4:9", "YAML syntax error: expected ',' or ']'"),
                bad("unterminated-string.yaml", "6:1", "YAML syntax error: found unexpected end of stream"),
                bad("tab-indented.yaml", "4:1", "indent with spaces, not tabs"),
                bad("empty.yaml", "1:1", "the scenario is empty"),
                bad("only-a-comment.yaml", "1:1", "the scenario is empty"),
                bad("list-at-top-level.yaml", "1:1", "expected a map of keys (podium, name,"),
                bad("text-at-top-level.yaml", "1:1", "at the top of the scenario, found text 'just some words'"),
                bad("not-utf8.yaml", "2:10", "not valid UTF-8 at byte offset 19 (byte 0xE9)"));
    }

    private static Arguments bad(String file, String lineColumn, String fragment) {
        return Arguments.of(file, lineColumn, fragment);
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithLocatedMessage(String file, String lineColumn, String fragment) throws Exception {
        Path path = badFolder().resolve(file);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(path));
        List<ScenarioProblem> matching = e.problems().stream()
                .filter(p -> (p.where().line() + ":" + p.where().column()).equals(lineColumn))
                .filter(p -> p.message().contains(fragment))
                .toList();
        assertEquals(1, matching.size(), () -> "expected one problem at " + lineColumn + " containing '" + fragment
                + "', got:\n" + e.getMessage());
        assertEquals(path.toString(), matching.get(0).where().file());
        assertTrue(e.getMessage().contains(path + ":" + lineColumn + ": "), e::getMessage);
    }

    @ParameterizedTest(name = "{0} names no Java class")
    @MethodSource("badFiles")
    void messagesNameNoJavaClassesAndHaveNoStackTrace(String file) throws Exception {
        Path path = badFolder().resolve(file);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(path));
        assertFalse(e.getMessage().matches("(?s).*(tools\\.jackson|org\\.snakeyaml|java\\.|Exception|\\tat ).*"),
                e::getMessage);
    }

    @Test
    void everyBadFileHasAnExpectation() throws Exception {
        Set<String> expected = badFiles().map(args -> (String) args.get()[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(badFolder())) {
            present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, expected);
    }

    private static Path badFolder() throws URISyntaxException, IOException {
        return Path.of(BadScenarioFilesTest.class.getResource("/scenarios/bad/empty.yaml").toURI()).getParent();
    }
}
