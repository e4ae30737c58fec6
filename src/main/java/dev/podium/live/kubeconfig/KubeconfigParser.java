package dev.podium.live.kubeconfig;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one kubeconfig file into a {@link KubeconfigNode} tree with Jackson's streaming YAML parser.
 *
 * <p>Refuses, each with a located {@link LiveConfigException}: files over {@value #MAX_BYTES} bytes, text that is
 * not UTF-8, anchors and aliases (an alias bomb is refused at its first anchor, before anything is expanded),
 * nesting deeper than {@value #MAX_DEPTH}, duplicate keys (as client-go does), more than one document, and a
 * top level that is not a mapping. Syntax errors keep the parser's line and column. An empty file (nothing but
 * comments) gives null. Stateless and thread-safe.
 */
final class KubeconfigParser {

    /** 4 MiB: far above any real kubeconfig, far below trouble. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    /** The deepest nesting of mappings and lists accepted; kubeconfig itself needs six. */
    static final int MAX_DEPTH = 20;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private final Path file;
    private final JsonParser parser;

    private KubeconfigParser(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The root mapping of {@code file}, or null when the file holds no document. */
    static KubeconfigNode parse(Path file) throws LiveConfigException {
        return parse(file, read(file));
    }

    /** The root mapping of {@code text}, read as if from {@code file}; null when there is no document. */
    static KubeconfigNode parse(Path file, String text) throws LiveConfigException {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            KubeconfigParser reader = new KubeconfigParser(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            KubeconfigNode root = reader.value(first, 1);
            if (parser.nextToken() != null) {
                throw reader.problemHere("a kubeconfig holds one YAML document; remove the '---' and what follows");
            }
            if (root.isNull()) {
                return null;
            }
            if (!root.isMapping()) {
                throw root.problem("a kubeconfig should be a mapping with apiVersion, kind, clusters, users "
                        + "and contexts");
            }
            return root;
        } catch (JacksonException e) {
            throw translate(file, e);
        }
    }

    private static String read(Path file) throws LiveConfigException {
        try {
            if (Files.isDirectory(file)) {
                throw new LiveConfigException(file, "is a directory, not a kubeconfig file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LiveConfigException(file, "is " + size + " bytes; a kubeconfig larger than "
                        + MAX_BYTES / (1024 * 1024) + " MiB is refused");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new LiveConfigException(file, "kubeconfig file does not exist");
        } catch (AccessDeniedException e) {
            throw new LiveConfigException(file, "kubeconfig file cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new LiveConfigException(file, "kubeconfig file is not UTF-8 text");
        } catch (IOException e) {
            throw new LiveConfigException(file, "kubeconfig file cannot be read: " + e.getMessage());
        }
    }

    private KubeconfigNode value(JsonToken token, int depth) throws LiveConfigException {
        if (parser.getObjectId() != null || ((YAMLParser) parser).isCurrentAlias()) {
            throw problemHere("YAML anchors and aliases (&name, *name) are not accepted in a kubeconfig");
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        switch (token) {
            case START_OBJECT:
                checkDepth(depth);
                return mapping(line, column, depth);
            case START_ARRAY:
                checkDepth(depth);
                List<KubeconfigNode> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(value(next, depth + 1));
                }
                return KubeconfigNode.sequence(file, line, column, items);
            case VALUE_NULL:
                return KubeconfigNode.scalar(file, line, column, null);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return KubeconfigNode.scalar(file, line, column, parser.getString());
            default:
                throw problemHere("this kind of YAML value is not accepted in a kubeconfig");
        }
    }

    private KubeconfigNode mapping(int line, int column, int depth) throws LiveConfigException {
        Map<String, KubeconfigNode> entries = new LinkedHashMap<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            String key = parser.currentName();
            if (entries.containsKey(key)) {
                throw problemHere("duplicate key '" + key + "'");
            }
            entries.put(key, value(parser.nextToken(), depth + 1));
        }
        return KubeconfigNode.mapping(file, line, column, entries);
    }

    private void checkDepth(int depth) throws LiveConfigException {
        if (depth > MAX_DEPTH) {
            throw problemHere("nesting is deeper than " + MAX_DEPTH + " levels; this is not a kubeconfig");
        }
    }

    private LiveConfigException problemHere(String message) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return at == null ? new LiveConfigException(file, message)
                : new LiveConfigException(file, at.getLineNr(), at.getColumnNr(), message);
    }

    /**
     * A parser error with the position the YAML engine reported for the problem (the last "line L, column C"
     * mark of its message) and the problem's own words, which are the line before that mark.
     */
    static LiveConfigException translate(Path file, JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String[] lines = original.split("\n");
        for (int i = lines.length - 1; i > 0; i--) {
            Matcher mark = MARK.matcher(lines[i]);
            if (lines[i].strip().startsWith("in reader") && mark.find()) {
                String problem = lines[i - 1].strip();
                if (problem.contains("(TAB)")) {
                    problem = "a tab character; indent with spaces, not tabs";
                }
                return new LiveConfigException(file, Integer.parseInt(mark.group(1)),
                        Integer.parseInt(mark.group(2)), "YAML syntax error: " + problem);
            }
        }
        TokenStreamLocation at = e.getLocation();
        String first = lines.length == 0 ? "" : lines[0].strip();
        if (at != null && at.getLineNr() > 0) {
            return new LiveConfigException(file, at.getLineNr(), at.getColumnNr(), "cannot read the YAML: " + first);
        }
        return new LiveConfigException(file, "cannot read the YAML: " + first);
    }
}
