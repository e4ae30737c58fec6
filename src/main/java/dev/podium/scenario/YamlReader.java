package dev.podium.scenario;

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
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming YAML parser, keeping the line and
 * column of every key and value.
 *
 * <p>Refuses, with a located problem, what a scenario never needs and an attacker might use: anchors and
 * aliases (so an alias bomb is refused at its first anchor, before anything is expanded), nesting deeper than
 * {@value #MAX_DEPTH} levels, duplicate keys and more than one document. Parser errors become one problem
 * with the parser's line and column and its short message. {@link #readDocuments} reads a multi-document
 * stream (Kubernetes manifests) under the same limits, with locations mapped through a {@link TextOrigin}.
 * Stateless and thread-safe.
 */
public final class YamlReader {

    /** The deepest nesting of maps and lists accepted; the format itself needs four. */
    static final int MAX_DEPTH = 32;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private final TextOrigin origin;
    private final JsonParser parser;

    private YamlReader(TextOrigin origin, JsonParser parser) {
        this.origin = origin;
        this.parser = parser;
    }

    /** The single document in {@code text}, or a problem; an empty document is a problem too. */
    public static YamlNode read(String sourceName, String text) throws ScenarioException {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            YamlReader reader = new YamlReader(TextOrigin.of(sourceName), parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(new SourceLocation(sourceName, 1, 1),
                        "the scenario is empty; it should start with 'podium: 1'");
            }
            YamlNode root = reader.readValue(first, 1);
            if (parser.nextToken() != null) {
                throw reader.problemHere("only one YAML document is allowed; remove the '---' and what follows");
            }
            return root;
        } catch (JacksonException e) {
            throw new ScenarioException(translate(TextOrigin.of(sourceName), e));
        }
    }

    /**
     * Every document in {@code text}, in order, each with its locations mapped through {@code origin}. Empty
     * documents (nothing, or only comments, between two {@code ---}) are left out, so empty text gives an empty
     * list. Stops at the first problem: a later document is not read past a syntax error.
     */
    public static List<YamlNode> readDocuments(TextOrigin origin, String text) throws ScenarioException {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            YamlReader reader = new YamlReader(origin, parser);
            List<YamlNode> documents = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                YamlNode document = reader.readValue(token, 1);
                if (!(document instanceof YamlNode.Scalar scalar) || scalar.text() != null) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (JacksonException e) {
            throw new ScenarioException(translate(origin, e));
        }
    }

    private YamlNode readValue(JsonToken token, int depth) throws ScenarioException {
        if (parser.getObjectId() != null) {
            throw problemHere("anchors and aliases (&name, *name) are not supported");
        }
        SourceLocation where = here();
        switch (token) {
            case START_OBJECT:
                checkDepth(depth);
                return readMapping(where, depth);
            case START_ARRAY:
                checkDepth(depth);
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(readValue(next, depth + 1));
                }
                return new YamlNode.Sequence(items, where);
            case VALUE_STRING:
                if (((YAMLParser) parser).isCurrentAlias()) {
                    throw problemHere("anchors and aliases (&name, *name) are not supported");
                }
                return new YamlNode.Scalar(parser.getString(), where);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getString(), where);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, where);
            default:
                throw problemHere("this kind of YAML value is not supported here; write plain text");
        }
    }

    private YamlNode readMapping(SourceLocation where, int depth) throws ScenarioException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            String key = parser.currentName();
            SourceLocation keyWhere = here();
            YamlNode.Entry earlier = entries.get(key);
            if (earlier != null) {
                throw new ScenarioException(keyWhere, "duplicate key '" + key + "'; it was already given at line "
                        + earlier.keyWhere().line());
            }
            YamlNode value = readValue(parser.nextToken(), depth + 1);
            entries.put(key, new YamlNode.Entry(key, keyWhere, value));
        }
        return new YamlNode.Mapping(entries, where);
    }

    private void checkDepth(int depth) throws ScenarioException {
        if (depth > MAX_DEPTH) {
            throw problemHere("nesting is deeper than " + MAX_DEPTH + " levels of maps and lists");
        }
    }

    private SourceLocation here() {
        return located(origin, parser.currentTokenLocation());
    }

    /** A Jackson location as ours; unknown parts become line 1, column 1 of the text read. */
    private static SourceLocation located(TextOrigin origin, TokenStreamLocation location) {
        if (location == null) {
            return origin.at(1, 1);
        }
        return origin.at(location.getLineNr(), location.getColumnNr());
    }

    private ScenarioException problemHere(String message) {
        return new ScenarioException(here(), message);
    }

    /**
     * A parser error as one problem. The YAML engine's message has the form "context, its mark, problem, its
     * mark", each mark as "in reader, line L, column C:" followed by a snippet; the problem and its mark are
     * what the user needs. Falls back on the exception's own location.
     */
    public static ScenarioProblem translate(TextOrigin origin, JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String[] lines = original.split("\n");
        int markLine = -1;
        for (int i = lines.length - 1; i > 0; i--) {
            if (lines[i].strip().startsWith("in reader,")) {
                markLine = i;
                break;
            }
        }
        Matcher mark = markLine < 0 ? null : MARK.matcher(lines[markLine]);
        if (mark != null && mark.find()) {
            String problem = lines[markLine - 1].strip();
            SourceLocation where = origin.at(Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
            return new ScenarioProblem(where, "YAML syntax error: " + friendly(problem)
                    + context(origin, lines, markLine));
        }
        String firstLine = lines.length == 0 ? "" : lines[0].strip();
        return new ScenarioProblem(located(origin, e.getLocation()), "cannot read the YAML: " + firstLine);
    }

    /**
     * " (while parsing X at line L, column C)" when the engine named a context before the problem; the line
     * and column are mapped through {@code origin} like the problem's own.
     */
    private static String context(TextOrigin origin, String[] lines, int problemMarkLine) {
        if (problemMarkLine < 3 || !lines[0].strip().startsWith("while ")) {
            return "";
        }
        Matcher mark = MARK.matcher(lines[1]);
        if (!mark.find()) {
            return "";
        }
        SourceLocation where = origin.at(Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
        return " (" + lines[0].strip() + " at line " + where.line() + ", column " + where.column() + ")";
    }

    private static String friendly(String problem) {
        if (problem.contains("(TAB)")) {
            return "a tab character; indent with spaces, not tabs";
        }
        return problem.isEmpty() ? "malformed YAML" : problem;
    }
}
