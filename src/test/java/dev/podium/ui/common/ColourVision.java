package dev.podium.ui.common;

/**
 * Simulated colour-vision deficiencies for checking palettes: the matrices of Machado, Oliveira and Fernandes, "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency" (IEEE TVCG 15(6), 2009), at severity 1.0
 * (dichromacy), applied to linear RGB (the sRGB transfer function removed first, and put back after). Colours are
 * sRGB triples in 0..1. Test support; no toolkit.
 */
enum ColourVision {
    NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
    PROTANOPIA(new double[][] {
        {0.152286, 1.052583, -0.204868},
        {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {
        {0.367322, 0.860646, -0.227968},
        {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {
        {1.255528, -0.076749, -0.178779},
        {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}});

    private final double[][] matrix;

    ColourVision(double[][] matrix) {
        this.matrix = matrix;
    }

    /** How {@code srgb} (r, g, b in 0..1) looks with this vision, as sRGB clamped to 0..1. */
    double[] simulate(double[] srgb) {
        double[] lin = {toLinear(srgb[0]), toLinear(srgb[1]), toLinear(srgb[2])};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = matrix[i][0] * lin[0] + matrix[i][1] * lin[1] + matrix[i][2] * lin[2];
            out[i] = toEncoded(Math.max(0, Math.min(1, v)));
        }
        return out;
    }

    static double toLinear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double toEncoded(double c) {
        return c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }
}
