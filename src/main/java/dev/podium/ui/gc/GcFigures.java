package dev.podium.ui.gc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sizes as people read them beside a JVM: binary units named as the JVM's logs name them ({@code MB} for 2^20
 * bytes): {@code 512 KB}, {@code 2 MB}, {@code 3.6 GB}. One decimal below ten, none above. Pure.
 */
final class GcFigures {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private GcFigures() {
    }

    static String bytes(long bytes) {
        int unit = 0;
        double v = bytes;
        while (unit < UNITS.length - 1 && Math.abs(v) >= 1024) {
            v /= 1024;
            unit++;
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(unit > 0 && Math.abs(v) < 9.95 ? 1 : 0, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString()) + " " + UNITS[unit];
    }

    /** A rate from a mean interval: {@code 500} for 2 ms between arrivals, one decimal below ten. */
    static String perSecond(long meanIntervalNanos) {
        double v = meanIntervalNanos <= 0 ? 0 : 1e9 / meanIntervalNanos;
        BigDecimal d = BigDecimal.valueOf(v).setScale(v < 9.95 ? 1 : 0, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
