package dev.podium.ui.export;

import dev.podium.export.ClipPlan;
import dev.podium.export.ExportFormat;
import dev.podium.scenario.Durations;
import dev.podium.ui.common.I18n;
import java.util.Locale;

/**
 * What the Export dialog's fields say, checked: a format, a range, a speed, a rate, a scale, captions. {@link #check}
 * gives either the choice or the problem to show under the fields, in the user's language. No JavaFX.
 */
record ExportChoice(ExportFormat format, ClipPlan plan, double scale, boolean captions) {

    /** The choice the fields make, or a problem; {@code endNanos} is the end of the playback. */
    static Result check(I18n i18n, ExportFormat format, String from, String to, String speed, int fps, double scale,
                        boolean captions, long endNanos) {
        long fromNanos;
        long toNanos;
        try {
            fromNanos = Durations.parseNanos(from);
            toNanos = format.isClip() ? Durations.parseNanos(to) : fromNanos;
        } catch (IllegalArgumentException e) {
            return new Result(null, i18n.get("export.error.time"));
        }
        if (fromNanos > endNanos || toNanos > endNanos || (format.isClip() && toNanos <= fromNanos)) {
            return new Result(null, i18n.get("export.error.range", Durations.format(endNanos)));
        }
        double x;
        try {
            x = format.isClip() ? Double.parseDouble(speed.strip().replace("×", "").replace("x", "")) : 1;
        } catch (NumberFormatException e) {
            x = -1;
        }
        if (!(x > 0) || Double.isInfinite(x)) {
            return new Result(null, i18n.get("export.error.speed"));
        }
        try {
            ClipPlan plan = new ClipPlan(fromNanos, toNanos, x, format.isClip() ? fps : 1);
            return new Result(new ExportChoice(format, plan, scale, captions), null);
        } catch (IllegalArgumentException e) {
            return new Result(null, i18n.get("export.error.frames",
                    String.format(Locale.ROOT, "%d", ClipPlan.MAX_FRAMES)));
        }
    }

    /** The choice, or (choice null) what is wrong. */
    record Result(ExportChoice choice, String problem) {
    }
}
