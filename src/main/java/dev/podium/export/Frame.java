package dev.podium.export;

import java.util.Objects;

/**
 * One picture: {@code width × height} pixels as packed ARGB ({@code 0xAARRGGBB}), row by row from the top left.
 * The array is owned by the frame; encoders only read it. Any thread.
 */
public record Frame(int width, int height, int[] argb) {
    public Frame {
        Objects.requireNonNull(argb, "argb");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a frame needs a positive size, not " + width + "x" + height);
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + width * height
                    + " pixels, not " + argb.length);
        }
    }

    /** The pixel at column {@code x}, row {@code y}. */
    public int pixel(int x, int y) {
        return argb[y * width + x];
    }
}
