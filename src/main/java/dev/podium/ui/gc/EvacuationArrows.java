package dev.podium.ui.gc;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.RegionKind;
import dev.podium.world.gc.RegionRanges;
import dev.podium.world.gc.RegionsEvacuated;
import java.util.BitSet;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Draws, over the heap grid while an evacuation pause runs, where its live objects go: the regions being emptied
 * faded, the regions receiving them ringed, and one thick arrow per move (young to survivor, young to old, old to
 * old in a mixed pause) from the middle of its sources to the middle of its destinations, labelled with the bytes it
 * moves. One arrow per kind of move, not per region: hundreds of region arrows would be noise on a projector. The
 * regions still show their kinds from before the pause (the table changes when it ends). FX thread.
 */
final class EvacuationArrows {
    /** The arrows' width and head, set per frame from the grid's size (thinner on a small grid). */
    private double line = 6;
    private double head = 20;

    private final CanvasFonts fonts;
    private final GcText fit;
    /** The height of this frame's captions: 26 px, less on a grid too short for their stack. */
    private double captionH = 26;
    /** The grid, which labels stay inside. */
    private GcLayout.Rect bounds;

    EvacuationArrows(CanvasFonts fonts, GcText fit) {
        this.fonts = fonts;
        this.fit = fit;
    }

    /** Draws the moves of the evacuation in progress, if any; returns whether there was one. */
    boolean paint(GraphicsContext g, GcLayout layout, GcState s, GcPalette p, ViewText text) {
        RegionsEvacuated e = s.evacuation();
        if (e == null || s.regionCount() == 0) {
            return false;
        }
        int n = s.regionCount();
        BitSet from = RegionRanges.decode(e.fromRegions(), n);
        BitSet toSurvivor = RegionRanges.decode(e.toSurvivorRegions(), n);
        BitSet toOld = RegionRanges.decode(e.toOldRegions(), n);
        BitSet youngFrom = new BitSet();
        BitSet oldFrom = new BitSet();
        for (int r = from.nextSetBit(0); r >= 0; r = from.nextSetBit(r + 1)) {
            (s.region(r) == RegionKind.OLD ? oldFrom : youngFrom).set(r);
        }
        bounds = layout.grid();
        line = Math.max(3, Math.min(6, Math.min(bounds.w(), bounds.h()) / 25));
        head = line * 3.2;
        double c = layout.cell();
        g.setFill(p.stageBg().deriveColor(0, 1, 1, 0.6)); // being emptied
        for (int r = from.nextSetBit(0); r >= 0; r = from.nextSetBit(r + 1)) {
            GcLayout.Rect cell = layout.cellOf(r);
            g.fillRect(cell.x(), cell.y(), c, c);
        }
        ring(g, layout, toSurvivor, p.region(RegionKind.SURVIVOR), p);
        ring(g, layout, toOld, p.region(RegionKind.OLD), p);
        double[] young = centre(layout, youngFrom);
        double[] oldSources = centre(layout, oldFrom);
        double[] survivorDest = centre(layout, toSurvivor);
        double[] oldDest = centre(layout, toOld);
        // Captions stack in the grid's lower right corner, not on the arrows: arrows from the same sources would
        // put their labels on top of each other on a small grid.
        double captionY = bounds.bottom() - 4;
        boolean toSurvivorShown = young != null && survivorDest != null && e.survivorBytes() > 0;
        boolean promotedShown = young != null && oldDest != null && e.promotedBytes() > 0;
        boolean oldShown = oldSources != null && oldDest != null && e.oldCopiedBytes() > 0;
        int captions = (toSurvivorShown ? 1 : 0) + (promotedShown ? 1 : 0) + (oldShown ? 1 : 0);
        // on a short grid the captions get lower, never up out of it over the row of kinds above it
        captionH = Math.max(18, Math.min(26, (bounds.h() - 4) / Math.max(1, captions) - 4));
        if (young != null && survivorDest != null && e.survivorBytes() > 0) {
            arrow(g, young, survivorDest, -1, p.region(RegionKind.SURVIVOR), p);
        }
        if (young != null && oldDest != null && e.promotedBytes() > 0) {
            arrow(g, young, oldDest, 1, p.region(RegionKind.OLD), p);
        }
        if (oldSources != null && oldDest != null && e.oldCopiedBytes() > 0) {
            arrow(g, oldSources, oldDest, -1, p.region(RegionKind.OLD), p);
            captionY = caption(g, captionY, p.region(RegionKind.OLD), p,
                    text.get("heap.moves.old", GcFigures.bytes(e.oldCopiedBytes())));
        }
        if (young != null && oldDest != null && e.promotedBytes() > 0) {
            captionY = caption(g, captionY, p.region(RegionKind.OLD), p,
                    text.get("heap.moves.promoted", GcFigures.bytes(e.promotedBytes())));
        }
        if (young != null && survivorDest != null && e.survivorBytes() > 0) {
            caption(g, captionY, p.region(RegionKind.SURVIVOR), p,
                    text.get("heap.moves.survivor", GcFigures.bytes(e.survivorBytes())));
        }
        return true;
    }

    /** A ring in {@code colour}, with a halo of the other theme colour, around every region of {@code regions}. */
    private static void ring(GraphicsContext g, GcLayout layout, BitSet regions, Color colour, GcPalette p) {
        double c = layout.cell();
        double w = Math.max(1.5, Math.min(3, c / 5));
        for (int r = regions.nextSetBit(0); r >= 0; r = regions.nextSetBit(r + 1)) {
            GcLayout.Rect cell = layout.cellOf(r);
            g.setStroke(p.text());
            g.setLineWidth(w + 1.5);
            g.strokeRect(cell.x() + w / 2, cell.y() + w / 2, c - w - 1, c - w - 1);
            g.setFill(colour);
            g.fillRect(cell.x() + w, cell.y() + w, Math.max(0, c - 2 * w - 1), Math.max(0, c - 2 * w - 1));
        }
    }

    /** The middle of the cells of {@code regions}, or null when there are none. */
    private static double[] centre(GcLayout layout, BitSet regions) {
        if (regions.isEmpty()) {
            return null;
        }
        double x = 0;
        double y = 0;
        for (int r = regions.nextSetBit(0); r >= 0; r = regions.nextSetBit(r + 1)) {
            GcLayout.Rect cell = layout.cellOf(r);
            x += cell.x() + cell.w() / 2;
            y += cell.y() + cell.h() / 2;
        }
        int count = regions.cardinality();
        return new double[] {x / count, y / count};
    }

    /**
     * A thick curved arrow from {@code a} to {@code b}, bent to the {@code side} (+1 or -1) so that two arrows from
     * the same sources part and a short one still shows its head.
     */
    private void arrow(GraphicsContext g, double[] a, double[] b, int side, Color colour, GcPalette p) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.max(1, Math.hypot(dx, dy));
        double bend = side * Math.max(line * 8, len * 0.3);
        double cx = (a[0] + b[0]) / 2 - dy / len * bend;
        double cy = (a[1] + b[1]) / 2 + dx / len * bend;
        // the head points along the curve's last tangent, from the control point to the end
        double tx = b[0] - cx;
        double ty = b[1] - cy;
        double tl = Math.max(1, Math.hypot(tx, ty));
        double ux = tx / tl;
        double uy = ty / tl;
        double baseX = b[0] - ux * head;
        double baseY = b[1] - uy * head;
        g.setLineCap(StrokeLineCap.ROUND);
        for (int pass = 0; pass < 2; pass++) { // a halo in the stage colour first, so the arrow reads on any region
            g.setStroke(pass == 0 ? p.stageBg() : colour);
            g.setFill(pass == 0 ? p.stageBg() : colour);
            g.setLineWidth(pass == 0 ? line + 4 : line);
            g.beginPath();
            g.moveTo(a[0], a[1]);
            g.quadraticCurveTo(cx, cy, baseX, baseY);
            g.stroke();
            double grow = pass == 0 ? 3 : 0;
            double[] xs = {b[0] + ux * grow, baseX - uy * (head * 0.6 + grow), baseX + uy * (head * 0.6 + grow)};
            double[] ys = {b[1] + uy * grow, baseY + ux * (head * 0.6 + grow), baseY - ux * (head * 0.6 + grow)};
            g.fillPolygon(xs, ys, 3);
        }
        g.setFill(colour);
        g.fillOval(a[0] - line, a[1] - line, 2 * line, 2 * line);
        g.setLineCap(StrokeLineCap.SQUARE);
    }

    /** A caption box ending at {@code bottom} on the grid's right, a bar of the arrow's colour at its left. */
    private double caption(GraphicsContext g, double bottom, Color colour, GcPalette p, String label) {
        double h = captionH;
        double size = h >= 24 ? 15 : 13;
        double w = Math.min(bounds.w() - 8, fit.width(label, fonts.bold(size)) + 26);
        double x = bounds.right() - 4 - w;
        double y = bottom - h;
        g.setFill(p.stageBg().deriveColor(0, 1, 1, 0.94));
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeRoundRect(x, y, w, h, 8, 8);
        g.setFill(colour);
        g.fillRect(x + 5, y + 5, 8, h - 10);
        g.setFill(p.text());
        g.setFont(fonts.bold(size));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        fit.line(g, label, x + 19, y + h / 2, w - 22);
        return y - 4;
    }
}
