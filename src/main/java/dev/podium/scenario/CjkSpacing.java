package dev.podium.scenario;

import java.util.regex.Pattern;

/**
 * Chinese text written across several lines of a folded YAML scalar ({@code >-}) comes back with a space wherever a
 * line ended ("加到 总数上"): YAML joins lines with a space, as English wants, but Chinese puts none between its
 * characters. This removes spaces that stand between two CJK characters (ideographs, CJK and full-width
 * punctuation); a space next to a Latin word or a number ("三个 worker", "100 微秒") stays.
 */
final class CjkSpacing {
    private static final String CJK = "[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef]";
    private static final Pattern BETWEEN = Pattern.compile("(?<=" + CJK + ")[ \\t]+(?=" + CJK + ")");

    private CjkSpacing() {
    }

    /** {@code text} without the spaces between two CJK characters. */
    static String tidy(String text) {
        return BETWEEN.matcher(text).replaceAll("");
    }
}
