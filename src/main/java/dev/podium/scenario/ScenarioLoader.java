package dev.podium.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads scenario files (YAML, UTF-8, at most 1 MiB) and checks them against the format described in
 * {@code docs/scenario-format.md}.
 *
 * <p>Every failure is a {@link ScenarioException} whose problems name the source, line and column and say
 * what was expected; several problems are reported at once where practical. Hostile input (too large, not
 * UTF-8, anchors and aliases, nesting deeper than 32 levels) is refused early, before anything grows.
 * Stateless and thread-safe.
 */
public final class ScenarioLoader {

    /** The largest scenario source accepted, in bytes of UTF-8. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Where built-in scenarios live on the class path. */
    static final String BUILT_IN_FOLDER = "simulations/";

    private ScenarioLoader() {
    }

    /**
     * The scenario in {@code file}; its {@code sourceName} is {@code file.toString()}. A file that a world opens on
     * its own ({@link World#fileExtensions()}: a program file) becomes that world's scenario for it.
     */
    public static Scenario load(Path file) throws ScenarioException {
        String sourceName = file.toString();
        Path name = file.getFileName();
        World opener = name == null ? null : WorldRegistry.standard().openerOf(name.toString());
        if (opener != null && !Files.isDirectory(file)) {
            return opener.scenarioForFile(file);
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw wholeFile(sourceName, "is a folder, not a scenario file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(sourceName, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw wholeFile(sourceName, "no such file");
        } catch (AccessDeniedException e) {
            throw wholeFile(sourceName, "permission denied");
        } catch (IOException e) {
            throw wholeFile(sourceName, "cannot read the file: " + e.getMessage());
        }
        return fromBytes(sourceName, bytes);
    }

    /**
     * The scenario in {@code file}, with everything its worlds read checked too (their parameters, the
     * Kubernetes world's manifests), without running anything: what {@code podium validate} reports.
     */
    public static Scenario loadAndCheck(Path file) throws ScenarioException {
        Scenario scenario = load(file);
        WorldRegistry registry = WorldRegistry.standard();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (String name : scenario.worlds()) {
            try {
                registry.get(name).checkSources(scenario, ScenarioRun.scenarioDir(scenario));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    /**
     * The warnings about {@code scenario}'s sources from each of its worlds ({@link World#sourceWarnings}), in the
     * order of its worlds: what is read but not simulated. A world whose sources have problems adds none here (its
     * problems are {@link #loadAndCheck}'s and {@link ScenarioRun#start}'s to report).
     */
    public static List<ScenarioProblem> warnings(Scenario scenario) {
        return warnings(scenario, WorldRegistry.standard());
    }

    /** Like {@link #warnings(Scenario)}, for the worlds of {@code registry} (one it does not know adds none). */
    public static List<ScenarioProblem> warnings(Scenario scenario, WorldRegistry registry) {
        List<ScenarioProblem> warnings = new ArrayList<>();
        for (String name : scenario.worlds()) {
            World world = registry.get(name);
            if (world == null) {
                continue;
            }
            try {
                warnings.addAll(world.sourceWarnings(scenario, ScenarioRun.scenarioDir(scenario)));
            } catch (ScenarioException e) {
                // reported as problems elsewhere
            }
        }
        return List.copyOf(warnings);
    }

    /** The scenario in {@code yamlText}; {@code sourceName} is used in messages. */
    public static Scenario parse(String sourceName, String yamlText) throws ScenarioException {
        return parse(sourceName, yamlText, WorldRegistry.standard());
    }

    /** The scenario in {@code yamlText}, for the worlds of {@code registry}; {@code sourceName} is used in messages. */
    public static Scenario parse(String sourceName, String yamlText, WorldRegistry registry) throws ScenarioException {
        long size = utf8Length(yamlText);
        if (size > MAX_BYTES) {
            throw tooLarge(sourceName, size);
        }
        String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
        return ScenarioBuilder.build(sourceName, YamlReader.read(sourceName, text), text, registry);
    }

    /** The built-in scenario {@code fileName}, read from the class path resource {@code simulations/fileName}. */
    public static Scenario loadBuiltIn(String fileName) throws ScenarioException {
        String sourceName = BUILT_IN_FOLDER + fileName;
        if (!fileName.matches("[A-Za-z0-9._-]+") || fileName.startsWith(".")) {
            throw wholeFile(sourceName, "not a built-in scenario name; expected a file name such as "
                    + "queueing-basics.yaml");
        }
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(sourceName)) {
            if (in == null) {
                throw wholeFile(sourceName, "no such built-in scenario");
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw wholeFile(sourceName, "scenario is more than " + MAX_BYTES + " bytes; the limit is 1 MiB");
            }
            return fromBytes(sourceName, bytes);
        } catch (IOException e) {
            throw wholeFile(sourceName, "cannot read the built-in scenario: " + e.getMessage());
        }
    }

    private static Scenario fromBytes(String sourceName, byte[] bytes) throws ScenarioException {
        return parse(sourceName, decodeUtf8(sourceName, bytes));
    }

    /** Decodes strictly: the first malformed byte is a problem at its line and column, naming its offset. */
    public static String decodeUtf8(String sourceName, byte[] bytes) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            int line = 1;
            int column = 1;
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new ScenarioException(new SourceLocation(sourceName, line, column), String.format(
                    "not valid UTF-8 at byte offset %d (byte 0x%02X); save the scenario as UTF-8", offset,
                    bytes[offset] & 0xFF));
        }
        out.flip();
        return out.toString();
    }

    /** The length of {@code text} in bytes of UTF-8, without encoding it. */
    public static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static ScenarioException tooLarge(String sourceName, long size) {
        return wholeFile(sourceName, "scenario is " + size + " bytes; the limit is 1 MiB");
    }

    private static ScenarioException wholeFile(String sourceName, String message) {
        return new ScenarioException(SourceLocation.wholeFile(sourceName), message);
    }
}
