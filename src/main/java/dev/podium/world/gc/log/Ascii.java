package dev.podium.world.gc.log;

import java.nio.charset.StandardCharsets;

/**
 * Small parsers over ASCII bytes of a line ({@code b[from, to)}), so the importer reads numbers and words without
 * making a String per line. Numbers that do not parse come back as {@link #NONE}.
 */
final class Ascii {
    /** No number here. */
    static final long NONE = Long.MIN_VALUE;

    private Ascii() {
    }

    static boolean startsWith(byte[] b, int from, int to, String prefix) {
        int n = prefix.length();
        if (to - from < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean endsWith(byte[] b, int from, int to, String suffix) {
        int n = suffix.length();
        return to - from >= n && startsWith(b, to - n, to, suffix);
    }

    static boolean equals(byte[] b, int from, int to, String word) {
        return to - from == word.length() && startsWith(b, from, to, word);
    }

    static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(byte[] b, int from, int to, byte c) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** A non-negative integer filling {@code [from, to)}, or {@link #NONE}. */
    static long integer(byte[] b, int from, int to) {
        if (from >= to || to - from > 18) {
            return NONE;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < '0' || c > '9') {
                return NONE;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * A non-negative decimal filling {@code [from, to)} ({@code 12}, {@code 2.813}, {@code 0,127} under a locale
     * with a decimal comma) in units of 10^-{@code scale}, truncating digits beyond; or {@link #NONE}.
     */
    static long decimal(byte[] b, int from, int to, int scale) {
        if (from >= to || to - from > 30) {
            return NONE;
        }
        long v = 0;
        int i = from;
        int digits = 0;
        while (i < to && isDigit(b[i])) {
            v = v * 10 + (b[i] - '0');
            i++;
            digits++;
        }
        if (digits == 0 || digits > 15) {
            return NONE;
        }
        int decimals = 0;
        if (i < to && (b[i] == '.' || b[i] == ',')) {
            i++;
            if (i == to) {
                return NONE;
            }
            while (i < to && isDigit(b[i])) {
                if (decimals < scale) {
                    v = v * 10 + (b[i] - '0');
                    decimals++;
                }
                i++;
            }
        }
        if (i != to) {
            return NONE;
        }
        for (; decimals < scale; decimals++) {
            v *= 10;
        }
        return v;
    }

    /** A size such as {@code 10M}, {@code 512K}, {@code 3G}, {@code 100B} in bytes (K = 1024), or {@link #NONE}. */
    static long size(byte[] b, int from, int to) {
        if (to - from < 2) {
            return NONE;
        }
        long shift = switch (b[to - 1]) {
            case 'B' -> 0;
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            case 'T' -> 40;
            default -> -1;
        };
        if (shift < 0) {
            return NONE;
        }
        long v = integer(b, from, to - 1);
        return v == NONE ? NONE : v << shift;
    }

    static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
