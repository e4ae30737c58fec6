package dev.podium.ui.queue;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.ui.queue.QueueLayout.Box;
import dev.podium.ui.queue.QueueLayout.Point;
import dev.podium.world.queue.QueueState;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the queue stage (entry, waiting line, servers, leaving customers) on a canvas
 * and records what it drew for hit-testing. Work is O(servers + customers drawn): at most
 * {@link QueueLayout#MAX_SHOWN} waiting chips and the state's recent departures. FX thread only.
 */
final class StagePainter {
    private final CanvasFonts fonts = new CanvasFonts();
    private long[] recentStarts = new long[8];

    /** Draws the stage at {@code nowNanos} and replaces {@code hits} with what was drawn, topmost last. */
    void paint(GraphicsContext g, QueueLayout layout, QueueMotion motion, QueueState state, ArrivalLog arrivals,
            long nowNanos, QueuePalette p, ViewText text, List<StageHit> hits) {
        hits.clear();
        g.setFill(p.stageBg());
        g.fillRect(0, 0, layout.width(), layout.height());
        paintLanes(g, layout, p, text);

        List<QueueState.InService> serving = state.inService();
        for (int s = 0; s < layout.servers(); s++) {
            QueueState.InService in = s < serving.size() ? serving.get(s) : null;
            paintServer(g, layout, s, in, nowNanos, p, text, hits);
        }
        paintLeaving(g, layout, motion, state, nowNanos, p, hits);
        paintWaiting(g, layout, motion, state, serving, arrivals, nowNanos, p, text, hits);
        for (int s = 0; s < serving.size(); s++) {
            QueueState.InService in = serving.get(s);
            if (in != null) {
                boolean waited = arrivals.arrivedAt(in.customer()) < in.startedNanos();
                Point at = motion.servingPosition(layout, s, in.startedNanos(), waited, nowNanos);
                boolean seated = at.equals(layout.seat(s));
                double r = seated ? layout.seatRadius() : layout.radius();
                chip(g, at, r, in.customer(), p.serving, p, 1);
                hits.add(StageHit.chip(StageHit.Kind.SERVING, in.customer(), s, at.x(), at.y(), r));
            }
        }
    }

    private void paintLanes(GraphicsContext g, QueueLayout layout, QueuePalette p, ViewText text) {
        Point entry = layout.entry();
        double r = layout.radius();
        Box area = layout.waitingArea();
        double arc = 2 * r + 16;
        g.setFill(p.waiting.deriveColor(0, 1, 1, 0.07));
        g.fillRoundRect(area.x(), area.y(), area.w(), area.h(), arc, arc);
        g.setStroke(p.plotGrid);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 6);
        g.strokeRoundRect(area.x(), area.y(), area.w(), area.h(), arc, arc);
        g.setLineDashes((double[]) null);
        if (layout.capacity() > 0) { // the places of a limited room, so "full" can be seen
            g.setStroke(p.plotGrid);
            g.setLineWidth(1.5);
            for (int i = 0; i < layout.maxShown(); i++) {
                Point c = layout.slot(i);
                g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            }
        }
        g.setFill(p.textMuted());
        g.setFont(fonts.regular(15));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text.get("stage.arrivals") + " \u2192", entry.x() - r, Math.min(area.y(), entry.y() - r) - 6);
        g.setTextAlign(TextAlignment.RIGHT);
        Box top = layout.server(0);
        g.fillText(text.get("stage.leaving") + " \u2192", layout.width() - 8,
                Math.max(20, top.y() - 6));
    }

    private void paintServer(GraphicsContext g, QueueLayout layout, int s, QueueState.InService in, long now,
            QueuePalette p, ViewText text, List<StageHit> hits) {
        Box b = layout.server(s);
        double arc = Math.min(16, b.h() / 3);
        Color boxFill = in == null ? p.serverIdle : p.serverBusy;
        // Text and the progress bar take their colour from the box, so they read on any theme's fill.
        Color onBox = p.onFill(boxFill);
        g.setFill(boxFill);
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
        g.setStroke(in == null ? p.plotGrid : p.serving);
        g.setLineWidth(in == null ? 1.5 : 2.5);
        g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
        hits.add(new StageHit(StageHit.Kind.SERVER, in == null ? 0 : in.customer(), s, b.x(), b.y(), b.w(), b.h()));

        double seatR = layout.seatRadius();
        double textX = layout.seat(s).x() + seatR + 10;
        double textW = b.x() + b.w() - 10 - textX;
        if (b.h() < 22 || textW < 40) {
            return; // too many servers to label each; the inspector still has them
        }
        double fs = Math.min(18, b.h() * 0.3);
        g.setFill(onBox);
        g.setFont(fonts.bold(fs));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        boolean roomForBar = b.h() >= 48;
        double nameY = roomForBar ? b.y() + b.h() * 0.32 : b.centre().y();
        g.fillText(text.get("stage.server", s + 1), textX, nameY, textW);
        if (in == null) {
            if (roomForBar) {
                g.setFill(onBox.deriveColor(0, 1, 1, 0.8));
                g.setFont(fonts.regular(fs * 0.85));
                g.fillText(text.get("stage.idle"), textX, b.y() + b.h() * 0.7, textW);
            }
            return;
        }
        if (!roomForBar) {
            return;
        }
        long elapsed = Math.max(0, Math.min(in.serviceNanos(), now - in.startedNanos()));
        double f = in.serviceNanos() == 0 ? 1 : (double) elapsed / in.serviceNanos();
        double barY = b.y() + b.h() * 0.58;
        double barH = Math.max(6, Math.min(12, b.h() * 0.13));
        g.setFill(onBox.deriveColor(0, 1, 1, 0.3));
        g.fillRoundRect(textX, barY, textW, barH, barH, barH);
        g.setFill(onBox);
        g.fillRoundRect(textX, barY, Math.max(barH, textW * f), barH, barH, barH);
        if (b.h() >= 72) {
            g.setFill(onBox.deriveColor(0, 1, 1, 0.85));
            g.setFont(fonts.regular(Math.min(14, fs * 0.8)));
            g.setTextBaseline(VPos.TOP);
            g.fillText(SimDurations.readable(elapsed) + " / " + SimDurations.readable(in.serviceNanos()), textX,
                    barY + barH + 3, textW);
        }
    }

    private void paintLeaving(GraphicsContext g, QueueLayout layout, QueueMotion motion, QueueState state,
            long now, QueuePalette p, List<StageHit> hits) {
        for (QueueState.Departure d : state.recentDepartures()) {
            Point at = d.rejected() ? motion.rejectedPosition(layout, d.timeNanos(), now)
                    : motion.departingPosition(layout, d.server(), d.timeNanos(), now);
            if (at == null) {
                continue;
            }
            double r = d.rejected() ? layout.radius() : layout.seatRadius();
            double alpha = motion.leavingAlpha(d.timeNanos(), d.rejected(), now);
            chip(g, at, r, d.customer(), d.rejected() ? p.rejected : p.departed, p, alpha);
            hits.add(StageHit.chip(d.rejected() ? StageHit.Kind.REJECTED : StageHit.Kind.LEAVING, d.customer(),
                    d.server(), at.x(), at.y(), r));
        }
    }

    private void paintWaiting(GraphicsContext g, QueueLayout layout, QueueMotion motion, QueueState state,
            List<QueueState.InService> serving, ArrivalLog arrivals, long now, QueuePalette p, ViewText text,
            List<StageHit> hits) {
        int starts = 0;
        for (QueueState.InService in : serving) {
            if (in != null && in.startedNanos() > now - motion.shiftNanos() && in.startedNanos() <= now) {
                if (starts == recentStarts.length) {
                    recentStarts = Arrays.copyOf(recentStarts, starts * 2);
                }
                recentStarts[starts++] = in.startedNanos();
            }
        }
        List<QueueState.Waiting> line = state.waitingHead(layout.maxShown());
        int shown = line.size();
        for (int i = shown - 1; i >= 0; i--) { // tail first, so the head is drawn on top
            QueueState.Waiting w = line.get(i);
            Point at = motion.waitingPosition(layout, i, w.arrivedNanos(), recentStarts, starts, now);
            chip(g, at, layout.radius(), w.customer(), p.waiting, p, 1);
            hits.add(StageHit.chip(StageHit.Kind.WAITING, w.customer(), -1, at.x(), at.y(), layout.radius()));
        }
        if (state.waitingCount() > shown) {
            Point at = layout.moreLabel();
            g.setFill(p.waiting);
            g.setFont(fonts.bold(20));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text.get("stage.more", state.waitingCount() - shown), at.x(), at.y());
        }
    }

    /** A numbered customer chip. */
    private void chip(GraphicsContext g, Point c, double r, long customer, Color fill, QueuePalette p, double alpha) {
        g.setGlobalAlpha(alpha);
        g.setFill(fill);
        g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
        g.setStroke(p.stageBg());
        g.setLineWidth(1.5);
        g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
        if (r >= 9) {
            String label = Long.toString(customer);
            double fs = Math.min(0.95 * r, 2.5 * r / Math.max(2, label.length()));
            g.setFill(p.onFill(fill));
            g.setFont(fonts.bold(fs));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, c.x(), c.y());
        }
        g.setGlobalAlpha(1);
    }
}
