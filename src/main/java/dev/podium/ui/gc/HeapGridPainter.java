package dev.podium.ui.gc;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcPause;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.RegionKind;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the heap panel: every region as a square coloured and marked ({@link RegionMarks}) by what it holds (region 0 at the top left; G1 takes
 * old regions from the low end and young ones from the high end, so old gathers at the top and eden at the bottom),
 * a legend with each kind's swatch, mark and count, and a gauge of old occupancy against the marking threshold. While a pause
 * runs, a banner over the grid says the world is stopped. O(regions) per frame. FX thread only.
 */
final class HeapGridPainter {
    private static final RegionKind[] LEGEND_ORDER = {RegionKind.EDEN, RegionKind.SURVIVOR, RegionKind.OLD,
        RegionKind.HUMONGOUS, RegionKind.FREE};

    private final CanvasFonts fonts;
    private final GcText fit;
    private final EvacuationArrows arrows;

    HeapGridPainter(CanvasFonts fonts, GcText fit) {
        this.fonts = fonts;
        this.fit = fit;
        this.arrows = new EvacuationArrows(fonts, fit);
    }

    void paint(GraphicsContext g, GcLayout layout, GcState s, long nowNanos, GcPalette p, ViewText text) {
        GcPause running = s.currentPause();
        if (running == null || s.evacuation() == null) { // else the stopped banner covers the title row
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(p.text());
            g.setFont(fonts.bold(18));
            fit.line(g, text.get("heap.title", GcFigures.bytes(s.heapBytes()), number(s.regionCount()),
                    GcFigures.bytes(s.regionBytes())), GcLayout.PAD, GcLayout.TITLE / 2,
                    layout.width() - 2 * GcLayout.PAD);
        }
        paintCells(g, layout, s, p);
        paintLegend(g, layout, s, p, text);
        if (running != null) {
            // With arrows to show, the banner moves to the top edge and the arrows are drawn over it
            paintStopped(g, layout, running, nowNanos, p, text, s.evacuation() != null);
            arrows.paint(g, layout, s, p, text);
        }
    }

    private static void paintCells(GraphicsContext g, GcLayout layout, GcState s, GcPalette p) {
        double c = layout.cell();
        double gap = c >= 6 ? 1 : 0;
        for (int r = 0; r < s.regionCount(); r++) {
            GcLayout.Rect cell = layout.cellOf(r);
            RegionKind kind = s.region(r);
            RegionMarks.paint(g, kind, cell.x(), cell.y(), c - gap, p.region(kind), p);
        }
    }

    private void paintLegend(GraphicsContext g, GcLayout layout, GcState s, GcPalette p, ViewText text) {
        GcLayout.Rect area = layout.legend();
        double y = area.y() + 10;
        double row = Math.max(24, Math.min(30, area.h() / 11));
        g.setTextBaseline(VPos.CENTER);
        if (layout.legendInRow()) {
            paintLegendRow(g, layout, s, p, text);
            y = area.y() + 9;
        }
        for (RegionKind kind : layout.legendInRow() ? new RegionKind[0] : LEGEND_ORDER) {
            RegionMarks.paint(g, kind, area.x(), y - 8, 16, p.region(kind), p);
            g.setFill(p.text());
            g.setFont(fonts.regular(16));
            g.setTextAlign(TextAlignment.LEFT);
            String count = number(s.regions(kind));
            double countW = fit.width(count, fonts.bold(16));
            fit.line(g, text.get("kind." + kind.name().toLowerCase(Locale.ROOT)), area.x() + 24, y,
                    area.w() - 24 - countW - 8);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFont(fonts.bold(16));
            fit.line(g, count, area.right(), y, countW + 1);
            y += row;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(fonts.regular(15));
        g.setFill(p.textMuted());
        y += row * 0.2;
        // What does not fit under the legend is left out (the occupancy gauge needs about 50 px), never overprinted
        boolean generational = s.collector() == Collector.G1 || s.collector() == Collector.PARALLEL;
        // the two lines take 2.1 rows: reserve all of it, or the gauge after them is the one left out
        if (generational && y + row * 2.1 + 50 <= area.bottom()) {
            fit.line(g, text.get("heap.edenTarget", number(s.edenTargetRegions())), area.x(), y, area.w());
            y += row;
            fit.line(g, text.get("heap.tenuring", s.tenuringThreshold(), s.maxTenuringThreshold()), area.x(), y,
                    area.w());
            y += row * 1.1;
        }
        if (y + 50 <= area.bottom()) {
            paintOccupancy(g, area, y, s, p, text, layout.legendInRow());
        }
    }

    /** The region kinds with their counts in one row under the title, when the column is too short for them. */
    private void paintLegendRow(GraphicsContext g, GcLayout layout, GcState s, GcPalette p, ViewText text) {
        double x = GcLayout.PAD;
        double y = layout.legendRowY();
        double right = layout.width() - GcLayout.PAD;
        g.setTextAlign(TextAlignment.LEFT);
        double size = 15; // a size smaller, down to 13 px, rather than a kind's name cut short
        while (size > 13 && legendRowWidth(s, text, size) > right - x) {
            size--;
        }
        for (RegionKind kind : LEGEND_ORDER) {
            String name = text.get("kind." + kind.name().toLowerCase(Locale.ROOT));
            String count = number(s.regions(kind));
            double nameW = fit.width(name, fonts.regular(size));
            double countW = fit.width(count, fonts.bold(size));
            RegionMarks.paint(g, kind, x, y - 7, 14, p.region(kind), p);
            g.setFill(p.text());
            g.setFont(fonts.regular(size));
            fit.line(g, name, x + 19, y, Math.max(0, Math.min(nameW, right - x - 19 - countW - 5)));
            g.setFont(fonts.bold(size));
            double countX = Math.min(x + 19 + nameW + 5, right - countW);
            fit.line(g, count, countX, y, countW + 1);
            x = countX + countW + 16;
        }
    }

    /** The width of the row of kinds at type size {@code size}: each swatch, name and count, and the gaps. */
    private double legendRowWidth(GcState s, ViewText text, double size) {
        double w = 0;
        for (RegionKind kind : LEGEND_ORDER) {
            w += 19 + fit.width(text.get("kind." + kind.name().toLowerCase(Locale.ROOT)), fonts.regular(size)) + 5
                    + fit.width(number(s.regions(kind)), fonts.bold(size)) + 16;
        }
        return w - 16;
    }

    /** Old occupancy as a bar with the initiating threshold marked on it; {@code tight}: spaced for a short column. */
    private void paintOccupancy(GraphicsContext g, GcLayout.Rect area, double y, GcState s, GcPalette p,
            ViewText text, boolean tight) {
        if (s.heapBytes() <= 0) {
            return;
        }
        g.setFill(p.text());
        g.setFont(fonts.regular(15));
        fit.line(g, text.get("heap.old", GcFigures.bytes(s.oldBytes())), area.x(), y, area.w());
        double barH = tight ? 10 : 14;
        double barY = y + barH;
        double w = area.w();
        g.setFill(p.region(RegionKind.FREE));
        g.fillRect(area.x(), barY, w, barH);
        g.setFill(p.region(RegionKind.OLD));
        g.fillRect(area.x(), barY, w * Math.min(1, s.oldBytes() / (double) s.heapBytes()), barH);
        if (p.freeEdge.getOpacity() > 0) { // the gauge's free part is as white as the stage in high contrast
            g.setStroke(p.freeEdge);
            g.setLineWidth(1);
            g.strokeRect(area.x() + 0.5, barY + 0.5, w - 1, barH - 1);
        }
        // a G1 threshold to show: not an imported log's, which does not say it ("marking starts at 0 %")
        boolean g1 = s.collector() == Collector.G1 && (s.ihopPercent() > 0 || s.adaptiveIhop());
        if (g1) { // the initiating threshold is G1's (the adaptive one when adaptive IHOP is on)
            double ihopX = area.x() + w * Math.min(1, s.ihopBytes() / (double) s.heapBytes());
            g.setStroke(p.marking);
            g.setLineWidth(3);
            g.strokeLine(ihopX, barY - 4, ihopX, barY + barH + 4);
        }
        g.setFill(s.marking() ? p.marking : p.textMuted());
        g.setFont(s.marking() ? fonts.bold(15) : fonts.regular(15));
        String state = s.marking() ? text.get("heap.marking") : s.mixedPhase() ? text.get("heap.mixed")
                : g1 ? ihopLabel(s, text) : "";
        int cut = breakAt(state, g.getFont(), area.w());
        double first = barY + barH + (tight ? 13 : 16);
        double step = tight ? 18 : 20;
        boolean twoLines = cut > 0 && first + step + (tight ? 8 : 6) <= area.bottom();
        fit.line(g, twoLines ? state.substring(0, cut).stripTrailing() : state, area.x(), first, area.w());
        if (twoLines) {
            fit.line(g, state.substring(cut).stripLeading(), area.x(), first + step, area.w());
        }
    }

    /**
     * Where to break {@code s} in two when it is wider than {@code room}: after a colon (ASCII or full width) if what
     * comes before fits, else at the last space that leaves a first part that fits; 0 when it fits or cannot break.
     */
    private int breakAt(String s, javafx.scene.text.Font font, double room) {
        if (fit.width(s, font) <= room) {
            return 0;
        }
        for (int i = s.length() - 1; i > 0; i--) {
            char c = s.charAt(i - 1);
            if ((c == ':' || c == '\uFF1A') && fit.width(s.substring(0, i), font) <= room) {
                return i;
            }
        }
        for (int i = s.length() - 1; i > 0; i--) {
            if (s.charAt(i) == ' ' && fit.width(s.substring(0, i), font) <= room) {
                return i;
            }
        }
        return 0;
    }

    /** "marking starts at 45 %", or with adaptive IHOP its current threshold and that it is adaptive. */
    static String ihopLabel(GcState s, ViewText text) {
        if (!s.adaptiveIhop()) {
            return text.get("heap.ihop", s.ihopPercent());
        }
        long percent = Math.round(s.ihopBytes() * 100.0 / s.heapBytes());
        return s.adaptiveIhopPredicted() ? text.get("heap.ihop.adaptive", GcFigures.bytes(s.ihopBytes()), percent)
                : text.get("heap.ihop.learning", percent);
    }

    private void paintStopped(GraphicsContext g, GcLayout layout, GcPause running, long nowNanos, GcPalette p,
            ViewText text, boolean atTop) {
        GcLayout.Rect cells = layout.grid();
        // over the whole title row (opaque) when arrows use the grid, else across the grid's middle
        GcLayout.Rect grid = atTop ? new GcLayout.Rect(GcLayout.PAD, cells.y(), layout.width() - 2 * GcLayout.PAD,
                cells.h()) : cells;
        Color colour = p.pause(running.kind());
        double h = atTop ? Math.min(46, GcLayout.TITLE) : 46;
        double y = atTop ? 0 : grid.y() + grid.h() / 2 - h / 2;
        g.setFill(atTop ? colour : colour.deriveColor(0, 1, 1, 0.88));
        g.fillRect(grid.x(), y, grid.w(), h);
        g.setFill(p.onFill(colour));
        String banner = text.get("heap.stopped", running.kind().logName(),
                SimDurations.readable(Math.max(0, nowNanos - running.startNanos())));
        double size = atTop ? 18 : 22; // smaller type on a small grid rather than a cut banner
        while (size > 13 && fit.width(banner, fonts.bold(size)) > grid.w() - 8) {
            size -= 1;
        }
        g.setFont(fonts.bold(size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        fit.line(g, banner, grid.x() + grid.w() / 2, y + h / 2, grid.w() - 4);
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace(',', '\u2009');
    }
}
