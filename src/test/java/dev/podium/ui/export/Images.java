package dev.podium.ui.export;

import dev.podium.export.Frame;
import java.awt.image.BufferedImage;

/** Compares exported frames with the stage: the mean over pixels of the largest channel difference. */
final class Images {
    private Images() {
    }

    static double meanDistance(Frame expected, BufferedImage actual) {
        long total = 0;
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                total += distance(expected.pixel(x, y), actual.getRGB(x, y));
            }
        }
        return (double) total / (expected.width() * expected.height());
    }

    static double meanDistance(Frame a, Frame b) {
        long total = 0;
        for (int i = 0; i < a.argb().length; i++) {
            total += distance(a.argb()[i], b.argb()[i]);
        }
        return (double) total / a.argb().length;
    }

    static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }
}
