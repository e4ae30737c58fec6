package dev.podium.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reduces a frame to at most 256 colours for GIF, by median cut (Heckbert, "Color image quantization for frame
 * buffer display", 1982) over a histogram of 5 bits per channel. A stage is mostly flat fills, lines and text on
 * a few theme colours, so a frame with at most 256 distinct 15-bit colours keeps each of them (a palette entry is
 * the mean of the real pixels in its box, so a flat fill keeps its exact colour); busier frames split the most populous boxes along their widest channel. No dithering: dithered
 * flat fills shimmer from frame to frame and grow the file. Each pixel then maps to the nearest palette colour
 * through a 32768-entry table filled on first use. One instance per thread.
 */
public final class PaletteQuantizer {
    /** The most colours a GIF frame's palette holds. */
    public static final int MAX_COLOURS = 256;
    private static final int BINS = 1 << 15;

    private final int[] histogram = new int[BINS];
    private final int[] lookup = new int[BINS];
    /** Per bin, the sums of the real pixels' channels (a bin is 8 values wide per channel). */
    private final long[][] sums = new long[3][BINS];

    /** A frame reduced to a palette: {@code indices[i]} is the palette entry of pixel {@code i}. */
    public record Indexed(int width, int height, int[] paletteRgb, byte[] indices) {
    }

    /** The palette of {@code frame} and each pixel's index into it. Alpha is ignored (frames are opaque). */
    public Indexed reduce(Frame frame) {
        int[] argb = frame.argb();
        Arrays.fill(histogram, 0);
        for (long[] sum : sums) {
            Arrays.fill(sum, 0);
        }
        for (int pixel : argb) {
            int k = key(pixel);
            histogram[k]++;
            sums[0][k] += (pixel >> 16) & 0xff;
            sums[1][k] += (pixel >> 8) & 0xff;
            sums[2][k] += pixel & 0xff;
        }
        int[] palette = palette();
        Arrays.fill(lookup, -1);
        byte[] indices = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int k = key(argb[i]);
            int index = lookup[k];
            if (index < 0) {
                index = nearest(palette, k);
                lookup[k] = index;
            }
            indices[i] = (byte) index;
        }
        return new Indexed(frame.width(), frame.height(), palette, indices);
    }

    private static int key(int argb) {
        return ((argb >> 9) & 0x7c00) | ((argb >> 6) & 0x03e0) | ((argb >> 3) & 0x001f);
    }

    private static int channel(int key, int c) {
        return (key >> (10 - 5 * c)) & 31;
    }

    private int[] palette() {
        List<Box> boxes = new ArrayList<>();
        int[] used = usedKeys();
        boxes.add(new Box(used, 0, used.length));
        while (boxes.size() < MAX_COLOURS) {
            Box widest = boxes.stream().filter(Box::splittable)
                    .max(Comparator.comparingLong(b -> (long) b.population() * (b.range() + 1))).orElse(null);
            if (widest == null) {
                break;
            }
            boxes.remove(widest);
            boxes.addAll(widest.split());
        }
        int[] palette = new int[boxes.size()];
        for (int i = 0; i < palette.length; i++) {
            palette[i] = boxes.get(i).meanRgb();
        }
        return palette;
    }

    private int[] usedKeys() {
        int count = 0;
        for (int h : histogram) {
            count += h > 0 ? 1 : 0;
        }
        int[] keys = new int[count];
        int n = 0;
        for (int k = 0; k < BINS; k++) {
            if (histogram[k] > 0) {
                keys[n++] = k;
            }
        }
        return keys;
    }

    private static int nearest(int[] palette, int key) {
        int r = channel(key, 0) << 3 | 4;
        int g = channel(key, 1) << 3 | 4;
        int b = channel(key, 2) << 3 | 4;
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((palette[i] >> 16) & 0xff) - r;
            int dg = ((palette[i] >> 8) & 0xff) - g;
            int db = (palette[i] & 0xff) - b;
            int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db; // a rough weighting of how much each channel shows
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Keys {@code keys[from, to)} of the histogram: one box of colour space. */
    private final class Box {
        private final int[] keys;
        private final int from;
        private final int to;
        private final int widestChannel;
        private final int range;
        private final int population;

        Box(int[] keys, int from, int to) {
            this.keys = keys;
            this.from = from;
            this.to = to;
            int widest = 0;
            int widestRange = -1;
            for (int c = 0; c < 3; c++) {
                int min = 31;
                int max = 0;
                for (int i = from; i < to; i++) {
                    int v = channel(keys[i], c);
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                if (max - min > widestRange) {
                    widestRange = max - min;
                    widest = c;
                }
            }
            this.widestChannel = widest;
            this.range = Math.max(0, widestRange);
            int sum = 0;
            for (int i = from; i < to; i++) {
                sum += histogram[keys[i]];
            }
            this.population = sum;
        }

        boolean splittable() {
            return to - from > 1;
        }

        int population() {
            return population;
        }

        int range() {
            return range;
        }

        /** Two boxes, split at the population's median along the widest channel. */
        List<Box> split() {
            Integer[] order = new Integer[to - from];
            for (int i = 0; i < order.length; i++) {
                order[i] = keys[from + i];
            }
            int c = widestChannel;
            Arrays.sort(order, Comparator.comparingInt((Integer k) -> channel(k, c)).thenComparingInt(k -> k));
            for (int i = 0; i < order.length; i++) {
                keys[from + i] = order[i];
            }
            int half = population / 2;
            int running = 0;
            int cut = from + 1;
            for (int i = from; i < to - 1; i++) {
                running += histogram[keys[i]];
                cut = i + 1;
                if (running >= half) {
                    break;
                }
            }
            return List.of(new Box(keys, from, cut), new Box(keys, cut, to));
        }

        int meanRgb() {
            long r = 0;
            long g = 0;
            long b = 0;
            for (int i = from; i < to; i++) {
                int k = keys[i];
                r += sums[0][k];
                g += sums[1][k];
                b += sums[2][k];
            }
            long n = Math.max(1, population);
            return (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
        }
    }
}
