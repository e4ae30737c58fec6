package dev.podium.scenario;

/**
 * Finds the indentation of a literal block scalar ({@code key: |}) in YAML source text, so that text read from
 * the block can be mapped back onto the source's lines and columns (see {@link TextOrigin}).
 *
 * <p>Only literal blocks map one to one: each line of the value is a line of the source with the block's
 * indentation removed. Folded blocks ({@code >}) join lines and quoted strings have escapes, so for those (and
 * for anything unexpected) the answer is -1. Stateless.
 */
final class LiteralBlocks {

    private LiteralBlocks() {
    }

    /**
     * The indentation of the literal block whose {@code |} is at {@code where} in {@code text}, or -1 when
     * there is no literal block there or it has no content. With an explicit indentation indicator
     * ({@code |2}) the indentation is that of the header's line plus the indicator.
     */
    static int indentation(String text, SourceLocation where) {
        if (where.line() < 1 || where.column() < 1) {
            return -1;
        }
        String[] lines = text.split("\n", -1);
        if (where.line() > lines.length) {
            return -1;
        }
        String header = stripCr(lines[where.line() - 1]);
        int bar = where.column() - 1;
        if (bar >= header.length() || header.charAt(bar) != '|') {
            return -1;
        }
        int explicit = 0;
        for (int i = bar + 1; i < Math.min(header.length(), bar + 3); i++) {
            char c = header.charAt(i);
            if (c >= '1' && c <= '9') {
                explicit = c - '0';
            } else if (c != '+' && c != '-') {
                break;
            }
        }
        if (explicit > 0) {
            return leadingSpaces(header) + explicit;
        }
        for (int i = where.line(); i < lines.length; i++) {
            String line = stripCr(lines[i]);
            if (!line.isBlank()) {
                return leadingSpaces(line);
            }
        }
        return -1;
    }

    private static int leadingSpaces(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
