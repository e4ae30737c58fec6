package dev.podium.ui.goruntime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A line of text (Go source, program output) broken into rows no wider than a given width, as an editor's soft
 * wrap does: after a space or a comma, else after an opening bracket or before a dot, where one is in the row's
 * last three quarters, else at the row's end; each row after the first is indented two columns past the line's own
 * indentation, so the continuation reads as one. Widths come from a measure (pixels in the font drawn, or a count
 * of characters), so wide characters (Chinese in a comment) wrap where they must. Toolkit-free.
 */
final class SoftWrap {
    private SoftWrap() {
    }

    /** The rows of {@code line} at most {@code columns} characters long. */
    static List<String> rows(String line, int columns) {
        return rows(line, columns, String::length);
    }

    /** The rows of {@code line} each no wider than {@code maxW} by {@code width} (the line alone when it fits). */
    static List<String> rows(String line, double maxW, ToDoubleFunction<String> width) {
        return rows(line, maxW, maxW, width);
    }

    /**
     * The rows of {@code line}, the first no wider than {@code firstW} (room left of something at the line's end),
     * the others no wider than {@code maxW}.
     */
    static List<String> rows(String line, double firstW, double maxW, ToDoubleFunction<String> width) {
        List<String> out = new ArrayList<>();
        if (width.applyAsDouble(line) <= firstW) {
            out.add(line);
            return out;
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        // the continuation's indent, kept to a third of the row so every row carries text
        String lead = " ".repeat(indent + 2);
        while (lead.length() > 0 && width.applyAsDouble(lead) > maxW / 3) {
            lead = lead.substring(1);
        }
        String rest = line;
        String prefix = "";
        double room = firstW;
        while (width.applyAsDouble(prefix + rest) > room) {
            int cut = breakAt(prefix, rest, room, width);
            out.add(prefix + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            prefix = lead;
            room = maxW;
            if (rest.isEmpty()) {
                return out;
            }
        }
        out.add(prefix + rest);
        return out;
    }

    /** Whether breaking {@code s} at {@code i} would leave only a closing bracket or two ("mu.Lock(" and ")"). */
    private static boolean stub(String s, int i) {
        String tail = s.substring(i).strip();
        return tail.length() <= 2 && tail.chars().allMatch(c -> ")]};,".indexOf(c) >= 0);
    }

    /** Where to end the row {@code prefix + rest} (rest too wide for it): 1..the most characters that fit. */
    private static int breakAt(String prefix, String rest, double maxW, ToDoubleFunction<String> width) {
        int lo = 1;
        int hi = rest.length() - 1;
        while (lo < hi) { // the longest part of rest that fits after the prefix (one character at least)
            int mid = (lo + hi + 1) / 2;
            if (width.applyAsDouble(prefix + rest.substring(0, mid)) <= maxW) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int room = lo;
        int text = 0; // never within the line's own indentation
        while (text < rest.length() && rest.charAt(text) == ' ') {
            text++;
        }
        int floor = Math.max(text + 1, room / 4);
        for (int i = room; i > floor; i--) { // between words first
            if (" ,".indexOf(rest.charAt(i - 1)) >= 0 && !stub(rest, i)) {
                return i;
            }
        }
        for (int i = room; i > floor; i--) { // then after a bracket or before a selector
            if ((";([{".indexOf(rest.charAt(i - 1)) >= 0 || rest.charAt(i) == '.') && !stub(rest, i)) {
                return i;
            }
        }
        return room;
    }
}
