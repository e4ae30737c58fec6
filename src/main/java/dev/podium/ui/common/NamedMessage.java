package dev.podium.ui.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@link MessageFormat} pattern whose arguments have names instead of positions: {@code Pod {pod} is on {node}.},
 * {@code {servers,choice,1#1 server|1<{servers} servers}}. A name is a Java identifier and may be followed by a
 * format type and style exactly as a position would be. Compiling numbers the names in order of first appearance and
 * hands the result to MessageFormat, so plural choices, number formats, digit grouping and quoting ({@code ''}
 * for an apostrophe, {@code '{'} for a brace) behave exactly as they do with positions.
 *
 * <p>Positions ({@code {0}}) are refused: a message fed from a record's components by position would silently
 * change meaning if the components were reordered. Formatting refuses a map that lacks a name the pattern uses,
 * rather than printing the placeholder. Immutable; any thread.
 */
public final class NamedMessage {
    private final String pattern;
    private final String positional;
    private final List<String> names;

    private NamedMessage(String pattern, String positional, List<String> names) {
        this.pattern = pattern;
        this.positional = positional;
        this.names = names;
    }

    /**
     * The message for {@code pattern}.
     *
     * @throws IllegalArgumentException if the pattern uses a position such as {@code {0}} or is not a valid
     *     MessageFormat pattern once its names are numbered
     */
    public static NamedMessage compile(String pattern) {
        List<String> names = new ArrayList<>();
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            out.append(c);
            i++;
            if (c == '\'') {
                quoted = !quoted; // '' toggles twice, so an escaped apostrophe leaves the state as it was
            } else if (c == '{' && !quoted) {
                int end = i;
                while (end < pattern.length() && Character.isJavaIdentifierPart(pattern.charAt(end))) {
                    end++;
                }
                String name = pattern.substring(i, end);
                if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
                    throw new IllegalArgumentException("'" + pattern + "' uses the position {" + name
                            + "}; name the argument instead");
                }
                if (!name.isEmpty() && end < pattern.length() && (pattern.charAt(end) == '}'
                        || pattern.charAt(end) == ',')) {
                    int index = names.indexOf(name);
                    if (index < 0) {
                        index = names.size();
                        names.add(name);
                    }
                    out.append(index);
                    i = end;
                }
            }
        }
        String positional = out.toString();
        new MessageFormat(positional, Locale.ROOT); // refuses a malformed pattern now, not at the first sentence
        return new NamedMessage(pattern, positional, Collections.unmodifiableList(names));
    }

    /** The pattern as written, with names. */
    public String pattern() {
        return pattern;
    }

    /** The argument names the pattern uses, in order of first appearance. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /**
     * The message in {@code locale} (which formats numbers and plural choices) with each name replaced by its
     * value in {@code arguments}. Values the pattern does not use are ignored.
     *
     * @throws IllegalArgumentException if {@code arguments} has no entry for a name the pattern uses, or a value
     *     does not suit its format (a string for a {@code choice}, say)
     */
    public String format(Locale locale, Map<String, ?> arguments) {
        Object[] values = new Object[names.size()];
        for (int k = 0; k < values.length; k++) {
            String name = names.get(k);
            if (!arguments.containsKey(name)) {
                throw new IllegalArgumentException("no value for {" + name + "} in '" + pattern + "'; given "
                        + arguments.keySet());
            }
            values[k] = arguments.get(name);
        }
        return new MessageFormat(positional, locale).format(values);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
