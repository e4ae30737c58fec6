package dev.podium.ui.goruntime;

import dev.podium.ui.common.ViewText;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.MState;
import dev.podium.world.goruntime.event.PState;
import dev.podium.world.goruntime.state.GoState;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The scheduler: one lane per P (its state, the M holding it, the goroutine that M runs with its function and line,
 * the runnext slot, the local ring from head to tail, and a strip of its utilisation since the start), then the
 * global run queue and the Ms without a P (idle, or in a system call holding their goroutine), with goroutines in
 * flight between them ({@link Moves}).
 *
 * <p>Level of detail: a queue is drawn as one chip per goroutine only while the chips fit; a longer one becomes a
 * bar (filled share of the ring's 256 slots; the global queue against 256 too, or full when longer) with its count and its head and
 * tail goroutines. A frame therefore draws at most a few hundred shapes, whatever the number of goroutines.
 * FX thread only.
 */
final class SchedulerPainter {
    static final double CHIP_W = 56;
    /** A chip in a narrow stage (1280 px window beside the gallery and narration): "G33" still whole at 16 px. */
    static final double NARROW_CHIP_W = 46;
    /** Below this width the lanes go compact: narrow chips, no function name, utilisation as a line under each. */
    static final double NARROW = 560;
    static final double GAP = 4;
    static final int RING = 256;

    private final Ink ink;
    /** Anchor points of the places moves go between, per P (index p) and shared (index pCount). */
    private double[] runX = new double[0];
    private double[] nextX = new double[0];
    private double[] ringX = new double[0];
    private double[] laneY = new double[0];
    private double globalX;
    private double globalY;
    private double msX;
    private double msY;
    /** This frame's chip width ({@link #CHIP_W}, or {@link #NARROW_CHIP_W} in a narrow stage). */
    private double chipW = CHIP_W;
    /** This frame's moves in flight: their chips rest on these places at either end, so notes there step aside. */
    private List<Moves.Move> flying = List.of();
    /** This frame's chips in flight as {x, y, w, h}, so a later one steps aside (and for tests). */
    private final List<double[]> flightBoxes = new java.util.ArrayList<>();

    SchedulerPainter(Ink ink) {
        this.ink = ink;
    }

    /** Paints into the box; returns the height used. */
    double paint(GraphicsContext g, double x, double y, double w, double h, GoState s, Utilisation util, long now,
            List<Moves.Move> moves, java.util.function.LongToIntFunction lineOf, GoPalette p, ViewText text,
            List<Hit> hits) {
        int n = s.pCount();
        flying = moves;
        double rowH = Math.max(34, Math.min(56, (h - 150) / Math.max(1, n + 2)));
        double chipH = rowH - 12;
        Font small = ink.fonts.regular(Ink.SMALL);
        Font body = ink.fonts.regular(Ink.BODY);
        Font bold = ink.fonts.bold(Ink.BODY);
        boolean narrow = w < NARROW;
        chipW = narrow ? NARROW_CHIP_W : CHIP_W;
        double labelW = chipW;
        double mW = chipW;
        double nextW = chipW;
        // utilisation: a column when there is room, else a line along the bottom of each lane
        double utilW = narrow ? 0 : Math.max(56, Math.min(140, w * 0.12));
        double fixed = labelW + GAP + mW + GAP + nextW + 2 * GAP + (narrow ? 0 : 2 * GAP);
        double minRing = 2 * chipW + GAP;
        double runW = narrow ? chipW : Math.max(chipW, Math.min(Math.max(170, Math.min(260, w * 0.3)),
                w - fixed - utilW - minRing));
        double xM = x + labelW + GAP;
        double xRun = xM + mW + GAP;
        double xNext = xRun + runW + GAP;
        double xRing = xNext + nextW + 2 * GAP;
        double xUtil = x + w - utilW;
        double ringEnd = narrow ? x + w - GAP : xUtil - 2 * GAP;
        double ringW = Math.max(chipW, ringEnd - xRing);
        // column headers, each within its column
        double yy = y + 10;
        ink.text(g, text.get("col.m"), xM, yy, mW, small, p.textMuted());
        ink.text(g, text.get(narrow ? "col.runningShort" : "col.running"), xRun, yy, runW, small, p.textMuted());
        ink.text(g, text.get("col.runnext"), xNext, yy, xRing - xNext, small, p.textMuted());
        ink.text(g, text.get(ringW < 240 ? "col.ringShort" : "col.ring"), xRing, yy, ringW, small, p.textMuted());
        if (!narrow) {
            ink.text(g, text.get("col.util"), xUtil, yy, utilW, small, p.textMuted());
        }
        yy += 12;
        if (runX.length < n) {
            runX = new double[n];
            nextX = new double[n];
            ringX = new double[n];
            laneY = new double[n];
        }
        for (int pi = 0; pi < n; pi++) {
            double ly = yy + pi * rowH;
            double cy = ly + rowH / 2;
            double top = ly + 6;
            boolean retired = pi >= s.gomaxprocs();
            runX[pi] = xRun + chipW / 2;
            nextX[pi] = xNext + nextW / 2;
            ringX[pi] = xRing + chipW / 2;
            laneY[pi] = top;
            g.setFill(p.panel);
            g.fillRoundRect(x, ly + 2, w, rowH - 4, 10, 10);
            // P label, coloured by state
            PState ps = s.pState(pi);
            Color pc = retired ? p.idle : ps == PState.RUNNING ? p.status(GStatus.RUNNING)
                    : ps == PState.SYSCALL ? p.status(GStatus.SYSCALL) : p.idle;
            ink.chip(g, x + 4, top, labelW - 8, chipH, pc, "P" + pi, p.onFill(pc));
            hits.add(new Hit(Hit.Kind.P, pi, x, ly, labelW, rowH));
            // its M and the goroutine the M runs
            int m = s.pM(pi);
            if (m >= 0) {
                MState ms = s.mState(m);
                Color mc = ms == MState.SPINNING ? p.spinning : ms == MState.SYSCALL ? p.status(GStatus.SYSCALL)
                        : p.status(GStatus.RUNNING);
                ink.chip(g, xM, top, mW, chipH, mc, "M" + m, p.onFill(mc));
                hits.add(new Hit(Hit.Kind.M, m, xM, top, mW, chipH));
                long gid = s.mG(m);
                if (gid > 0) {
                    GStatus gs = s.status(gid);
                    Color gc = p.status(gs);
                    ink.chip(g, xRun, top, chipW, chipH, gc, "G" + gid, p.onFill(gc));
                    StateGlyph.of(gs, s.waitReason(gid)).badge(g, xRun, top, chipW, chipH, p.stageBg(), p.text());
                    if (!narrow) { // a narrow stage leaves the line to the source gutter
                        int line = lineOf.applyAsInt(gid);
                        String where = shortFunction(s.function(gid)) + (line > 0 ? " :" + line : "");
                        ink.text(g, where, xRun + chipW + 6, cy, runW - chipW - 8, body, p.text());
                    }
                    hits.add(new Hit(Hit.Kind.GOROUTINE, gid, xRun, top, runW, chipH));
                } else if (ms == MState.SPINNING) {
                    // the spinning M's note may run over the empty runnext and ring of its own lane
                    String spin = text.get("m.spinning");
                    if (ink.width(spin, body) > ringEnd - xRun - 4) { // a narrow lane: the word alone, whole
                        spin = text.get("m.spinningShort");
                    }
                    double room = ink.width(spin, body) <= runW - 4 || s.runnext(pi) > 0 ? runW - 4
                            : ringEnd - xRun - 4;
                    laneNote(g, spin, xRun + 4, cy, room, body, p.spinning, pi);
                    if (room > runW) {
                        laneEnd(g, pi, ly, rowH, x, w, narrow, util, now, p);
                        continue;
                    }
                }
            } else {
                ink.slot(g, xM, top, mW, chipH, p.slot, p.line);
                String why = retired ? text.get("p.retired") : text.get("p.idle");
                boolean empty = s.runnext(pi) == 0 && s.localRunQueueSize(pi) == 0;
                if (empty && ink.width(why, body) > runW - 4) {
                    // nothing queued: the note takes the lane's room instead of empty slots
                    laneNote(g, why, xRun + 4, cy, ringEnd - xRun - 4, body, p.textMuted(), pi);
                    laneEnd(g, pi, ly, rowH, x, w, narrow, util, now, p);
                    continue;
                }
                laneNote(g, why, xRun + 4, cy, runW - 4, body, p.textMuted(), pi);
            }
            // runnext
            long next = s.runnext(pi);
            if (next > 0) {
                Color nc = p.status(GStatus.RUNNABLE);
                ink.chip(g, xNext, top, nextW, chipH, nc, "G" + next, p.onFill(nc));
                StateGlyph.RUNNABLE.badge(g, xNext, top, nextW, chipH, p.stageBg(), p.text());
                hits.add(new Hit(Hit.Kind.GOROUTINE, next, xNext, top, nextW, chipH));
            } else {
                ink.slot(g, xNext, top, nextW, chipH, p.slot, p.line);
            }
            // local ring
            queue(g, xRing, top, ringW, chipH, s.localRunQueueSize(pi), RING, pi, s, p, text, hits);
            if (narrow) {
                laneEnd(g, pi, ly, rowH, x, w, true, util, now, p);
            } else {
                strip(g, xUtil, top, utilW - 4, chipH, util, pi, now, p);
            }
        }
        // the global run queue
        double gy = yy + n * rowH + 6;
        String globalTitle = text.get("global.title", s.globalRunQueueSize());
        String msTitle = text.get("ms.title");
        // the two rows' queues start after the longer title (at the runnext column when that is further)
        double rowX = Math.max(xNext, x + 4 + Math.max(ink.width(globalTitle, bold), ink.width(msTitle, bold)) + 12);
        if (ringEnd - rowX < 2 * chipW + GAP) {
            rowX = xNext;
        }
        ink.text(g, globalTitle, x + 4, gy + rowH / 2, rowX - x - 8, bold, p.text());
        int gsize = s.globalRunQueueSize();
        // the bar's scale is the state's alone (a ring's worth, or the queue itself when longer), so a seek back
        // draws what a fresh view draws
        queue(g, rowX, gy + 6, ringEnd - rowX, chipH, gsize, Math.max(RING, gsize), -1, s, p, text, hits);
        globalX = rowX + chipW / 2;
        globalY = gy + 6;
        // Ms without a P, and Ms in syscalls
        double my = gy + rowH + 6;
        ink.text(g, msTitle, x + 4, my + rowH / 2, rowX - x - 8, bold, p.text());
        msX = rowX + 30;
        msY = my + 6;
        double mx = rowX;
        int idle = 0;
        for (int m = 0; m < s.mCount(); m++) {
            MState ms = s.mState(m);
            if (ms == MState.IDLE) {
                idle++;
                continue;
            }
            if (ms != MState.SYSCALL) {
                continue;
            }
            long gid = s.mG(m);
            String label = "M" + m + (gid > 0 ? " · G" + gid : "") + " " + text.get("m.syscall");
            double cw = Math.max(130, ink.width(label, ink.fonts.bold(Ink.BODY)) + 14);
            if (mx + cw > ringEnd) {
                break;
            }
            Color sc = p.status(GStatus.SYSCALL);
            ink.chip(g, mx, my + 6, cw, chipH, sc, label, p.onFill(sc));
            StateGlyph.SYSCALL.badge(g, mx, my + 6, cw, chipH, p.stageBg(), p.text());
            hits.add(new Hit(gid > 0 ? Hit.Kind.GOROUTINE : Hit.Kind.M, gid > 0 ? gid : m, mx, my + 6, cw, chipH));
            mx += cw + GAP;
        }
        if (idle > 0) {
            String parked = text.get("ms.idle", idle);
            if (ink.width(parked, body) > ringEnd - mx - 4) { // a narrow stage: "2 idle", whole
                parked = text.get("ms.idleShort", idle);
            }
            note(g, parked, mx + 4, my + rowH / 2, ringEnd - mx - 4, body, p.textMuted(),
                    mx == rowX ? ends(Moves.Place.MS, -1) : 0);
        }
        flights(g, moves, now, chipH, x + w, p);
        return my + rowH + 6 - y;
    }

    /** A run queue: chips head to tail while they fit, else a bar with the count, head and tail. */
    private void queue(GraphicsContext g, double x, double y, double w, double h, int size, int capacity, int pi,
            GoState s, GoPalette p, ViewText text, List<Hit> hits) {
        int fit = (int) Math.floor((w + GAP) / (chipW + GAP));
        Color rc = p.status(GStatus.RUNNABLE);
        if (size == 0) {
            ink.slot(g, x, y, w, h, p.slot, p.line);
            note(g, text.get("queue.empty"), x + 10, y + h / 2, w - 20, ink.fonts.regular(Ink.SMALL), p.textMuted(),
                    ends(pi >= 0 ? Moves.Place.RING : Moves.Place.GLOBAL, pi));
            return;
        }
        if (pi < 0 && size > ObjectsPainter.LISTED_UP_TO) { // too long to copy every frame: its share and count
            ink.slot(g, x, y, w, h, p.slot, p.line);
            double filled = Math.max(6, w * Math.min(1, (double) size / capacity));
            g.setFill(rc);
            g.fillRoundRect(x, y, filled, h, 8, 8);
            Font f = ink.fonts.bold(Ink.BODY);
            String label = text.get("queue.globalCount", size);
            g.setFill(p.panel.deriveColor(0, 1, 1, 0.85));
            g.fillRoundRect(x + 4, y + 3, ink.width(ink.fit(label, w - 16, f), f) + 12, h - 6, 6, 6);
            ink.text(g, label, x + 10, y + h / 2, w - 16, f, p.text());
            return;
        }
        long[] q = pi >= 0 ? s.localRunQueue(pi) : s.globalRunQueue();
        if (size <= fit) {
            long[] ids = q;
            for (int i = 0; i < ids.length; i++) {
                double cx = x + i * (chipW + GAP);
                ink.chip(g, cx, y, chipW, h, rc, "G" + ids[i], p.onFill(rc));
                StateGlyph.RUNNABLE.badge(g, cx, y, chipW, h, p.stageBg(), p.text());
                hits.add(new Hit(Hit.Kind.GOROUTINE, ids[i], cx, y, chipW, h));
            }
            return;
        }
        // compressed: the filled share as a bar, the count, and the goroutines at both ends
        ink.slot(g, x, y, w, h, p.slot, p.line);
        double filled = Math.max(6, w * Math.min(1, (double) size / capacity));
        g.setFill(rc);
        g.fillRoundRect(x, y, filled, h, 8, 8);
        long head = q[0];
        long tail = q[q.length - 1];
        String label = pi >= 0 ? text.get("queue.ring", size, capacity, head, tail)
                : text.get("queue.global", size, head, tail);
        // the label steps aside for a goroutine's chip resting on the queue as it leaves or lands
        double lx = x + ends(pi >= 0 ? Moves.Place.RING : Moves.Place.GLOBAL, pi) * (chipW + GAP);
        double room = w - (lx - x) - 16;
        Font f = ink.fonts.bold(Ink.BODY);
        if (ink.width(label, f) > room) { // a narrow queue: its count alone, whole
            label = text.get("queue.count", size);
        }
        if (ink.width(label, f) <= room || lx == x) {
            double lw = ink.width(ink.fit(label, room, f), f);
            Color onBar = lx - x + lw + 16 <= filled ? p.onFill(rc) : p.text();
            g.setFill(p.panel.deriveColor(0, 1, 1, 0.85));
            if (onBar == p.text()) {
                g.fillRoundRect(lx + 4, y + 3, lw + 12, h - 6, 6, 6);
            }
            ink.text(g, label, lx + 10, y + h / 2, room, f, onBar);
        }
        hits.add(new Hit(Hit.Kind.GOROUTINE, head, x, y, Math.min(filled, chipW), h));
        if (pi >= 0) {
            hits.add(new Hit(Hit.Kind.P, pi, x + chipW, y, w - chipW, h));
        }
    }

    /**
     * A note at (x, y) in {@code room}; where a move's chip rests on the place ({@code aside}), the note starts after
     * the chip, and is left out when it does not fit whole there.
     */
    private void note(GraphicsContext g, String s, double x, double y, double room, Font font, Color colour,
            int aside) {
        if (aside == 0) {
            ink.text(g, s, x, y, room, font, colour);
            return;
        }
        double shift = aside * (chipW + GAP);
        if (ink.width(s, font) <= room - shift) {
            ink.text(g, s, x + shift, y, room - shift, font, colour);
        }
    }

    /**
     * A P's note (idle, spinning, beyond GOMAXPROCS), left out while a goroutine flies along or out of its lane (for
     * {@link Moves#FLIGHT_NANOS}): the chip would run over it.
     */
    private void laneNote(GraphicsContext g, String s, double x, double y, double room, Font font, Color colour,
            int pi) {
        for (Moves.Move m : flying) {
            if (m.fromP() == pi || m.toP() == pi) {
                return;
            }
        }
        ink.text(g, s, x, y, room, font, colour);
    }

    /**
     * How many moves in flight start or end at the place (a P's, or a shared one with {@code pi} -1): their chips
     * rest there side by side as they leave or land ({@link #aside}).
     */
    private int ends(Moves.Place place, int pi) {
        int n = 0;
        for (Moves.Move m : flying) {
            if (m.from() == place && (m.fromP() == pi || pi < 0) || m.to() == place && (m.toP() == pi || pi < 0)) {
                n++;
            }
        }
        return n;
    }

    /**
     * In a narrow stage, the P's utilisation as a line along the bottom of its lane (a cell per bucket, its opacity
     * the busy share); in a wide one the strip has its own column.
     */
    private void laneEnd(GraphicsContext g, int pi, double ly, double rowH, double x, double w, boolean narrow,
            Utilisation util, long now, GoPalette p) {
        if (!narrow || now <= 0) {
            return;
        }
        double y = ly + rowH - 6;
        int buckets = (int) ((w - 16) / 4);
        Color busy = p.status(GStatus.RUNNING);
        for (int b = 0; b < buckets; b++) {
            double f = util.busyFraction(pi, now * b / buckets, now * (b + 1) / buckets);
            if (f > 0) {
                g.setFill(busy.deriveColor(0, 1, 1, 0.25 + 0.75 * f));
                g.fillRect(x + 8 + b * 4, y, 4, 3);
            }
        }
    }

    /** The P's share of busy time in buckets from 0 to now, as bars. */
    private void strip(GraphicsContext g, double x, double y, double w, double h, Utilisation util, int pi, long now,
            GoPalette p) {
        ink.slot(g, x, y, w, h, p.slot, p.line);
        if (now <= 0) {
            return;
        }
        int buckets = (int) (w / 4);
        g.setFill(p.status(GStatus.RUNNING));
        for (int b = 0; b < buckets; b++) {
            long from = now * b / buckets;
            long to = now * (b + 1) / buckets;
            double f = util.busyFraction(pi, from, to);
            if (f > 0) {
                double bh = Math.max(1, (h - 4) * f);
                g.fillRect(x + 2 + b * 4, y + h - 2 - bh, 3, bh);
            }
        }
    }

    /** Moves in flight: a dashed track from where to where, and a translucent chip on its way along it. */
    private void flights(GraphicsContext g, List<Moves.Move> moves, long now, double h, double right, GoPalette p) {
        Color c = p.highlight;
        double ch = h * 0.8;
        flightBoxes.clear();
        for (Moves.Move m : moves) {
            double[] a = anchor(m.from(), m.fromP());
            double[] b = anchor(m.to(), m.toP());
            if (a == null || b == null || (a[0] == b[0] && a[1] == b[1])) {
                continue;
            }
            double t = m.progress(now);
            g.setStroke(c.deriveColor(0, 1, 1, 0.6));
            g.setLineWidth(2);
            g.setLineDashes(6, 6);
            g.strokeLine(a[0], a[1] + h / 2, b[0], b[1] + h / 2);
            g.setLineDashes((double[]) null);
            g.setFill(c.deriveColor(0, 1, 1, 0.6));
            g.fillOval(b[0] - 4, b[1] + h / 2 - 4, 8, 8); // where it lands
            double cx = aside(a[0] + (b[0] - a[0]) * t - chipW * 0.4, a[1] + (b[1] - a[1]) * t + (h - ch) / 2,
                    chipW * 0.8, ch, right);
            double cy = a[1] + (b[1] - a[1]) * t + (h - ch) / 2;
            flightBoxes.add(new double[] {cx, cy, chipW * 0.8, ch});
            g.setGlobalAlpha(0.85);
            ink.chip(g, cx, cy, chipW * 0.8, ch, c, m.label(), p.onFill(c));
            g.setGlobalAlpha(1);
        }
    }

    /**
     * Where a chip in flight at (x, y) goes so it covers none drawn before it this frame: the first free place in a
     * row of chips from there, to the right while the stage has room, else to the left.
     */
    private double aside(double x, double y, double w, double h, double right) {
        double step = w + GAP;
        for (int k = 0; k <= 2 * flightBoxes.size() + 1; k++) {
            double cx = x + (k % 2 == 1 ? 1 : -1) * ((k + 1) / 2) * step; // 0, +1, -1, +2, -2 …
            if (k > 0 && k % 2 == 1 && cx + w > right) {
                continue;
            }
            if (free(cx, y, w, h)) {
                return cx;
            }
        }
        return x;
    }

    private boolean free(double x, double y, double w, double h) {
        for (double[] b : flightBoxes) {
            if (x + w > b[0] && b[0] + b[2] > x && y + h > b[1] && b[1] + b[3] > y) {
                return false;
            }
        }
        return true;
    }

    /** This frame's chips in flight as {x, y, w, h}, for tests. */
    List<double[]> flightBoxes() {
        return List.copyOf(flightBoxes);
    }

    private double[] anchor(Moves.Place place, int pi) {
        return switch (place) {
            case RUNNING -> pi >= 0 && pi < laneY.length ? new double[] {runX[pi], laneY[pi]} : null;
            case RUNNEXT -> pi >= 0 && pi < laneY.length ? new double[] {nextX[pi], laneY[pi]} : null;
            case RING -> pi >= 0 && pi < laneY.length ? new double[] {ringX[pi], laneY[pi]} : null;
            case GLOBAL -> new double[] {globalX, globalY};
            case MS -> new double[] {msX, msY};
        };
    }

    /** "main.worker" → "worker", "main.main.func1" → "main.func1": the package is always main. */
    static String shortFunction(String f) {
        return f.startsWith("main.") ? f.substring(5) : f;
    }
}
