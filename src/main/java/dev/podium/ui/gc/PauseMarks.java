package dev.podium.ui.gc;

import dev.podium.world.gc.PauseKind;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * What tells a pause's family apart without its colour: young pauses, the common case, carry no mark (nor do Go's two
 * stop-the-world phases, its routine pauses); mixed ones a triangle, the concurrent cycle's (Remark, Cleanup, ZGC's)
 * a diamond, a Full GC a cross, an allocation stall a triangle pointing down. The pause timeline puts the mark over
 * each bar, the latency panel over each pause's band, and the pause legend inside each family's swatch. {@link Row}
 * keeps a run of close pauses from piling their marks on one another. FX thread only.
 */
final class PauseMarks {
    /** The shape a family carries. */
    enum Mark { NONE, TRIANGLE, DIAMOND, CROSS, DOWN }

    /** Half the width of a mark over a bar or band. */
    static final double RADIUS = 5;

    private PauseMarks() {
    }

    /** The mark of {@code family}; none for young pauses and for a family this view does not know. */
    static Mark of(PauseKind.Family family) {
        if (family == null) {
            return Mark.NONE;
        }
        return switch (family) {
            case YOUNG -> Mark.NONE;
            case MIXED -> Mark.TRIANGLE;
            case CONCURRENT_CYCLE -> Mark.DIAMOND;
            case FULL -> Mark.CROSS;
            case STALL -> Mark.DOWN;
        };
    }

    /**
     * The mark of {@code kind}'s family, but none for a Go program's two stop-the-world phases: they are its routine
     * pauses, as young ones are a JVM's, and its legend names them apart from the JVM's concurrent cycle.
     */
    static Mark of(PauseKind kind) {
        if (kind == PauseKind.GO_SWEEP_TERMINATION || kind == PauseKind.GO_MARK_TERMINATION) {
            return Mark.NONE;
        }
        return of(kind == null ? null : kind.family());
    }

    /**
     * Draws {@code mark} centred on (cx, cy), {@code r} from centre to edge, filled with {@code ink}; {@code halo}, if
     * not null, rings it so it stands out from what lies under it.
     */
    static void paint(GraphicsContext g, Mark mark, double cx, double cy, double r, Color ink, Color halo) {
        if (mark == Mark.NONE) {
            return;
        }
        if (mark == Mark.CROSS) {
            if (halo != null) {
                cross(g, cx, cy, r, halo, r * 0.75);
            }
            cross(g, cx, cy, r, ink, r * 0.45);
            return;
        }
        double[] xs;
        double[] ys;
        switch (mark) {
            case TRIANGLE -> {
                xs = new double[] {cx - r, cx + r, cx};
                ys = new double[] {cy + r * 0.85, cy + r * 0.85, cy - r};
            }
            case DOWN -> {
                xs = new double[] {cx - r, cx + r, cx};
                ys = new double[] {cy - r * 0.85, cy - r * 0.85, cy + r};
            }
            default -> { // DIAMOND
                xs = new double[] {cx, cx + r, cx, cx - r};
                ys = new double[] {cy - r, cy, cy + r, cy};
            }
        }
        if (halo != null) {
            g.setStroke(halo);
            g.setLineWidth(2.5);
            g.strokePolygon(xs, ys, xs.length);
        }
        g.setFill(ink);
        g.fillPolygon(xs, ys, xs.length);
    }

    private static void cross(GraphicsContext g, double cx, double cy, double r, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeLine(cx - r, cy - r, cx + r, cy + r);
        g.strokeLine(cx - r, cy + r, cx + r, cy - r);
    }

    /**
     * The marks of one row of pauses, left to right: a family's mark is left out when its last one stands less than
     * a mark's width away at about the same height, so a burst of pauses shows a row of marks, not a smear.
     */
    static final class Row {
        private final double[] lastX = new double[PauseKind.Family.values().length];
        private final double[] lastY = new double[PauseKind.Family.values().length];

        Row() {
            java.util.Arrays.fill(lastX, Double.NEGATIVE_INFINITY);
        }

        /** Draws {@code kind}'s mark at (cx, cy) unless one of its family was just drawn there. */
        void paint(GraphicsContext g, PauseKind kind, double cx, double cy, Color ink, Color halo) {
            Mark mark = of(kind);
            if (mark == Mark.NONE || kind.family() == null) {
                return;
            }
            int f = kind.family().ordinal();
            if (cx - lastX[f] < 2 * RADIUS + 2 && Math.abs(cy - lastY[f]) < 2 * RADIUS) {
                return;
            }
            lastX[f] = cx;
            lastY[f] = cy;
            PauseMarks.paint(g, mark, cx, cy, RADIUS, ink, halo);
        }
    }
}
