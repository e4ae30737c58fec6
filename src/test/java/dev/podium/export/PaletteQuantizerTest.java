package dev.podium.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaletteQuantizerTest {

    @Test
    void aFrameOfFewColoursKeepsEachColourExactly() {
        Frame frame = TestFrames.frame(64, 48, 0);
        int[] argb = frame.argb();
        // Without the gradient strip, the frame has three colours.
        for (int i = 64 * 40; i < argb.length; i++) {
            argb[i] = 0xfff4f4f0;
        }
        PaletteQuantizer.Indexed indexed = new PaletteQuantizer().reduce(frame);
        assertEquals(3, indexed.paletteRgb().length);
        for (int i = 0; i < argb.length; i++) {
            assertEquals(argb[i] & 0xffffff, indexed.paletteRgb()[indexed.indices()[i] & 0xff], "pixel " + i);
        }
    }

    @Test
    void aFrameOfManyColoursGetsAtMost256AndStaysClose() {
        int width = 256;
        int height = 64;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = 0xff000000 | x << 16 | (y * 4) << 8 | ((x + y) & 0xff);
            }
        }
        PaletteQuantizer.Indexed indexed = new PaletteQuantizer().reduce(new Frame(width, height, argb));
        assertTrue(indexed.paletteRgb().length <= 256);
        assertTrue(indexed.paletteRgb().length > 200, "median cut uses the palette: " + indexed.paletteRgb().length);
        long total = 0;
        for (int i = 0; i < argb.length; i++) {
            total += TestFrames.distance(argb[i], indexed.paletteRgb()[indexed.indices()[i] & 0xff]);
        }
        double mean = (double) total / argb.length;
        assertTrue(mean < 24, "mean worst-channel error " + mean);
    }
}
