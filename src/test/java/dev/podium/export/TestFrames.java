package dev.podium.export;

/** Synthetic stage-like frames for encoder tests: flat fills, a moving bar, a gradient strip. */
final class TestFrames {
    private TestFrames() {
    }

    /** Frame {@code n}: a light background, a dark bar at a place that moves with n, a blue square. */
    static Frame frame(int width, int height, int n) {
        int[] argb = new int[width * height];
        int barX = (n * 7) % Math.max(1, width - 20);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int colour = 0xfff4f4f0;
                if (x >= barX && x < barX + 20) {
                    colour = 0xff202830;
                } else if (x < width / 3 && y < height / 3) {
                    colour = 0xff2563eb;
                } else if (y >= height - 8) {
                    int v = x * 255 / Math.max(1, width - 1);
                    colour = 0xff000000 | v << 16 | (255 - v) << 8 | 0x40;
                }
                argb[y * width + x] = colour;
            }
        }
        return new Frame(width, height, argb);
    }

    /** The largest channel difference between two ARGB pixels. */
    static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }
}
