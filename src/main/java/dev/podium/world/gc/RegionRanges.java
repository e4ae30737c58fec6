package dev.podium.world.gc;

import java.util.BitSet;

/**
 * A set of region numbers as text: ascending ranges and single numbers separated by commas, "0-5,9,12-40"; the
 * empty string is the empty set. Compact for the contiguous runs G1's free list hands out. Any thread.
 */
public final class RegionRanges {
    private RegionRanges() {
    }

    public static String encode(BitSet regions) {
        StringBuilder out = new StringBuilder();
        int start = regions.nextSetBit(0);
        while (start >= 0) {
            int end = regions.nextClearBit(start) - 1;
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(start);
            if (end > start) {
                out.append('-').append(end);
            }
            start = regions.nextSetBit(end + 1);
        }
        return out.toString();
    }

    /** The set {@code text} names; numbers at or past {@code regionCount} and malformed parts are left out. */
    public static BitSet decode(String text, int regionCount) {
        BitSet regions = new BitSet();
        if (text == null || text.isEmpty()) {
            return regions;
        }
        for (String part : text.split(",")) {
            try {
                int dash = part.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
                if (from >= 0 && from <= to && from < regionCount) {
                    regions.set(from, Math.min(to, regionCount - 1) + 1);
                }
            } catch (NumberFormatException e) {
                // a damaged part names no region
            }
        }
        return regions;
    }
}
