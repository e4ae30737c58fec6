package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.LessonTemplates;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * File > New Lesson's templates, one per world: written for a file they pass {@code podium validate} and run to the
 * end without action problems, and docs/scenario-format.md shows each one, verbatim, as that world's example.
 */
class LessonTemplatesTest {
    @TempDir
    Path dir;

    static List<String> worlds() {
        return WorldRegistry.standard().names();
    }

    @Test
    void everyWorldHasATemplate() {
        assertEquals(worlds(), LessonTemplates.worldsWithTemplates(WorldRegistry.standard()).stream()
                .map(World::name).toList());
    }

    @ParameterizedTest
    @MethodSource("worlds")
    void theTemplateWrittenForAFileValidatesAndRuns(String name) throws Exception {
        World world = WorldRegistry.standard().get(name);
        Path file = dir.resolve("My First Lesson.yaml");
        Files.writeString(file, LessonTemplates.textFor(world, file), StandardCharsets.UTF_8);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodiumCli.run(new String[] {"validate", file.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());

        Scenario scenario = ScenarioLoader.load(file);
        assertEquals("my-first-lesson", scenario.name());
        assertEquals(List.of(name), scenario.worlds());
        assertFalse(scenario.title().get("en").isEmpty());
        assertFalse(scenario.title().get("zh-CN").isEmpty());
        ScenarioRun run = ScenarioRun.start(scenario);
        run.runToEnd();
        assertTrue(run.computedNanos() > 0, "the run moves (a Go program's run ends when main returns)");
        assertEquals(List.of(), run.actionProblems());
        assertFalse(run.timeline().events().isEmpty(), "the run shows something");
    }

    @ParameterizedTest
    @MethodSource("worlds")
    void theFormatDocShowsTheTemplateAsTheWorldsExample(String name) throws Exception {
        String doc = Files.readString(Path.of("docs/scenario-format.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- lesson-template: " + Pattern.quote(name) + " -->\n```yaml\n(.*?)```",
                Pattern.DOTALL).matcher(doc);
        assertTrue(block.find(), "docs/scenario-format.md has no example for " + name);
        String template = WorldRegistry.standard().get(name).lessonTemplate().orElseThrow();
        assertEquals(template, block.group(1));
        Scenario fromDoc = ScenarioLoader.parse("scenario-format.md", block.group(1));
        assertEquals(List.of(name), fromDoc.worlds());
    }

    @Test
    void aFileNameBecomesAScenarioName() {
        assertEquals("rolling-update", LessonTemplates.nameFor(Path.of("Rolling Update.yaml")));
        assertEquals("go-101", LessonTemplates.nameFor(Path.of("go__101.yml")));
        assertEquals("new-lesson", LessonTemplates.nameFor(Path.of("课程.yaml")));
    }
}
