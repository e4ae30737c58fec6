package dev.podium.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The colour-science helpers against published figures. */
class Ciede2000Test {
    @Test
    void deltaEMatchesSharmasTestData() {
        // pairs 1, 7, 17, 25 and 34 of Sharma, Wu and Dalal (2005), Table 1
        assertEquals(2.0425, Ciede2000.deltaE(lab(50, 2.6772, -79.7751), lab(50, 0, -82.7485)), 1e-4);
        assertEquals(2.3669, Ciede2000.deltaE(lab(50, 0, 0), lab(50, -1, 2)), 1e-4);
        assertEquals(27.1492, Ciede2000.deltaE(lab(50, 2.5, 0), lab(73, 25, -18)), 1e-4);
        assertEquals(1.2644, Ciede2000.deltaE(lab(60.2574, -34.0099, 36.2677), lab(60.4626, -34.1751, 39.4387)),
                1e-4);
        assertEquals(2.0373, Ciede2000.deltaE(lab(22.7233, 20.0904, -46.6940), lab(23.0331, 14.9730, -42.5619)),
                1e-4);
    }

    @Test
    void labOfWhiteAndSrgbRedAreTheTextbookValues() {
        assertArrayEquals(new double[] {100, 0, 0}, Ciede2000.lab(new double[] {1, 1, 1}), 0.01);
        assertArrayEquals(new double[] {53.24, 80.09, 67.20}, Ciede2000.lab(new double[] {1, 0, 0}), 0.05);
    }

    @Test
    void dichromatsSeeRedAndGreenCloserThanTrichromatsDoButGreyUnchanged() {
        double[] red = {0.8, 0.2, 0.1};
        double[] green = {0.2, 0.6, 0.1};
        double normal = Ciede2000.between(red, green);
        for (ColourVision v : new ColourVision[] {ColourVision.PROTANOPIA, ColourVision.DEUTERANOPIA}) {
            double seen = Ciede2000.between(v.simulate(red), v.simulate(green));
            assertEquals(true, seen < normal / 2, v + " sees red and green " + seen + " apart, normal " + normal);
        }
        for (ColourVision v : ColourVision.values()) {
            assertArrayEquals(new double[] {0.5, 0.5, 0.5}, v.simulate(new double[] {0.5, 0.5, 0.5}), 0.01, v.name());
        }
    }

    private static double[] lab(double l, double a, double b) {
        return new double[] {l, a, b};
    }
}
