package dev.podium.engine;

/**
 * Exact standard-exponential variates by the ziggurat method of Marsaglia and Tsang ("The Ziggurat
 * Method for Generating Random Variables", Journal of Statistical Software 5(8), 2000), with 256
 * layers. About 99% of draws cost one random long, a table look-up and a multiply; only the rare
 * rest compute an exponential or a logarithm.
 *
 * <p>Following Doornik ("An Improved Ziggurat Method to Generate Normal Random Samples", 2005), the
 * layer index and the abscissa come from disjoint bits of one 64-bit draw, so they are independent.
 * The tables are built with {@link StrictMath}, and every step is IEEE arithmetic, so the variates
 * are the same on every JVM. Stateless and thread-safe; the stream passed in is not.
 */
final class ExponentialZiggurat {
    private static final int LAYERS = 256;
    /** Start of the tail, and the area of each layer, for 256 layers (from the paper). */
    private static final double R = 7.69711747013104972;
    private static final double V = 3.949659822581572e-3;
    private static final double TWO_32 = 4294967296.0;

    /** Draws whose 32-bit abscissa is below KE[i] lie wholly inside layer i. */
    private static final long[] KE = new long[LAYERS];
    private static final double[] WE = new double[LAYERS];
    private static final double[] FE = new double[LAYERS];

    static {
        double de = R;
        double te = R;
        double q = V / StrictMath.exp(-de);
        KE[0] = (long) ((de / q) * TWO_32);
        KE[1] = 0;
        WE[0] = q / TWO_32;
        WE[LAYERS - 1] = de / TWO_32;
        FE[0] = 1.0;
        FE[LAYERS - 1] = StrictMath.exp(-de);
        for (int i = LAYERS - 2; i >= 1; i--) {
            de = -StrictMath.log(V / de + StrictMath.exp(-de));
            KE[i + 1] = (long) ((de / te) * TWO_32);
            te = de;
            FE[i] = StrictMath.exp(-de);
            WE[i] = de / TWO_32;
        }
    }

    private ExponentialZiggurat() {
    }

    /** One variate with mean 1. */
    static double next(RandomStream stream) {
        while (true) {
            long bits = stream.nextLong();
            int layer = (int) (bits & (LAYERS - 1));
            long abscissa = bits >>> 32; // unsigned 32 bits, disjoint from the layer's 8
            if (abscissa < KE[layer]) {
                return abscissa * WE[layer];
            }
            if (layer == 0) {
                // The tail beyond R is itself exponential: R plus a fresh standard variate.
                return R - StrictMath.log1p(-stream.nextDouble());
            }
            double x = abscissa * WE[layer];
            double y = FE[layer] + stream.nextDouble() * (FE[layer - 1] - FE[layer]);
            if (y < StrictMath.exp(-x)) {
                return x;
            }
        }
    }
}
