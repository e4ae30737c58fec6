package dev.podium.ui.goruntime;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.ViewText;
import dev.podium.world.goruntime.event.ContextKind;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.SelectChose;
import dev.podium.world.goruntime.state.ChanView;
import dev.podium.world.goruntime.state.ContextView;
import dev.podium.world.goruntime.state.GoState;
import dev.podium.world.goruntime.state.SyncView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The objects goroutines meet: each channel as its ring buffer (values, sendx and recvx, closed) with its sendq and
 * recvq (parked goroutines, and the value each sender carries), the latest select and the case it chose; sync
 * objects (a Mutex's owner, mode and waiters, an RWMutex's readers, a WaitGroup's counter, a Cond's waiters); and
 * the context tree, a cancelled context and the edges to it drawn in the cancel colour, fresh cancellations glowing
 * so the wave can be seen running down to the leaves. Long queues are cut to their first goroutines and a count.
 * FX thread only.
 */
final class ObjectsPainter {
    /** How long a fresh cancellation glows, in simulated time. */
    static final long GLOW_NANOS = 2_000;
    private static final double SLOT_W = 46;
    private static final double MIN_SLOT_W = 26;
    private static final double GAP = 4;
    /**
     * A wait queue longer than this is drawn as its count: the state hands out a queue only as a copy, and copying
     * 100,000 goroutines every frame would cost more than the rest of the frame.
     */
    static final int LISTED_UP_TO = 512;
    /** Narrower than this, sync and contexts go under the channels. */
    private static final double SIDE_BY_SIDE = 900;
    /** A channel drawn whole (head, ring buffer, sendx and recvx, sendq and recvq), and drawn as one line. */
    private static final double ROW_H = 104;
    private static final double LINE_H = 26;

    private final Ink ink;

    ObjectsPainter(Ink ink) {
        this.ink = ink;
    }

    /** Paints channels on the left, sync and contexts on the right of the box. */
    void paint(GraphicsContext g, double x, double y, double w, double h, GoState s, SelectChose select, long now,
            GoPalette p, ViewText text, List<Hit> hits) {
        if (h < 40) {
            return;
        }
        if (s.chanCount() == 0 && s.syncCount() + s.contextCount() > 0) {
            double sy = sync(g, x, y, w, h, s, p, text);
            contexts(g, x, sy, w, y + h - sy, s, now, p, text);
            return;
        }
        if (s.syncCount() + s.contextCount() == 0) {
            channels(g, x, y, w, h, s, select, p, text, hits);
        } else if (w >= SIDE_BY_SIDE) { // channels on the left, sync and contexts on the right
            double split = w * 0.58;
            channels(g, x, y, split - 12, h, s, select, p, text, hits);
            double sy = sync(g, x + split, y, w - split, h, s, p, text);
            contexts(g, x + split, sy, w - split, y + h - sy, s, now, p, text);
        } else { // narrow: one under the other, channels first
            double others = (s.syncCount() > 0 ? 32 + 50 * Math.min(4, s.syncCount()) : 0)
                    + (s.contextCount() > 0 ? 56 + 26 * Math.min(8, s.contextCount()) : 0);
            double full = 26 + (select != null ? 24 : 0) + ROW_H * s.chanCount();
            // short of room, each channel becomes one line so the sync objects and the context tree still show
            boolean compact = full > h - others;
            double room = compact ? Math.min(26 + (select != null ? 24 : 0) + LINE_H * s.chanCount() + 20,
                    Math.max(26 + 20, h - others)) : Math.max(h * 0.45, h - others);
            double cy = compact ? channelLines(g, x, y, w, room, s, select, p, text, hits)
                    : channels(g, x, y, w, room, s, select, p, text, hits);
            if (compact && s.syncCount() > 0 && s.contextCount() > 0) {
                // short of room: sync beside the context tree, so the tree keeps the height for its contexts
                double split = w * 0.4;
                sync(g, x, cy + 6, split - 12, y + h - cy - 6, s, p, text);
                contexts(g, x + split, cy + 6, w - split, y + h - cy - 6, s, now, p, text);
                return;
            }
            double sy = sync(g, x, cy + 6, w, y + h - cy - 6, s, p, text);
            contexts(g, x, sy, w, y + h - sy, s, now, p, text);
        }
    }

    /** Channels one line each (their head, closed): for a stage short of room. Returns where it stopped. */
    private double channelLines(GraphicsContext g, double x, double y, double w, double h, GoState s,
            SelectChose select, GoPalette p, ViewText text, List<Hit> hits) {
        double yy = titleAndSelect(g, x, y, w, s, select, p, text);
        Font bold = ink.fonts.bold(Ink.BODY);
        for (long id = 1; id <= s.chanCount(); id++) {
            if (yy + LINE_H > y + h - (id < s.chanCount() ? 20 : 0)) {
                ink.text(g, text.get("chans.more", s.chanCount() - id + 1), x, yy + 8, w,
                        ink.fonts.regular(Ink.SMALL), p.textMuted());
                return yy + 20;
            }
            ChanView c = s.chan(id);
            g.setFill(p.panel);
            g.fillRoundRect(x, yy, w, LINE_H - 2, 8, 8);
            hits.add(new Hit(Hit.Kind.CHANNEL, id, x, yy, w, LINE_H - 2));
            chanHead(g, x, yy + LINE_H / 2 - 1, w, id, c, bold, p, text);
            yy += LINE_H;
        }
        return yy;
    }

    /** "ch1  chan int  cap 2  len 1" and CLOSED after it; without the element type when that would not fit. */
    private void chanHead(GraphicsContext g, double x, double cy, double w, long id, ChanView c, Font font,
            GoPalette p, ViewText text) {
        String head = text.get("chan.head", id, c.elemType(), c.capacity(), c.qcount());
        String closed = c.closed() ? text.get("chan.closed") : null;
        Font cf = ink.fonts.bold(Ink.SMALL);
        double room = w - 16 - (closed == null ? 0 : ink.width(closed, cf) + 14);
        if (ink.width(head, font) > room) {
            head = text.get("chan.headShort", id, c.capacity(), c.qcount());
        }
        double hw = ink.text(g, head, x + 8, cy, room, font, p.text());
        if (closed != null) {
            ink.text(g, closed, x + 20 + hw, cy, w - 30 - hw, cf, p.closed);
        }
    }

    private double titleAndSelect(GraphicsContext g, double x, double y, double w, GoState s, SelectChose select,
            GoPalette p, ViewText text) {
        double yy = y;
        ink.text(g, text.get("chans.title", s.chanCount()), x, yy + 11, w, ink.fonts.bold(Ink.TITLE), p.text());
        yy += 26;
        if (select != null) { // broken at spaces rather than cut with "…" in a narrow column (1280×720)
            String chosen = select.chosen() < 0 ? text.get("select.default") : String.valueOf(select.chosen());
            Font bold = ink.fonts.bold(Ink.BODY);
            for (String line : ink.wrap(text.get("select.banner", select.g(), select.line(), join(select.ready()),
                    chosen), w, bold)) {
                ink.text(g, line, x, yy + 10, w, bold, p.highlight);
                yy += 22;
            }
            yy += 2;
        }
        return yy;
    }

    /** Returns where it stopped. */
    private double channels(GraphicsContext g, double x, double y, double w, double h, GoState s, SelectChose select,
            GoPalette p, ViewText text, List<Hit> hits) {
        Font title = ink.fonts.bold(Ink.BODY);
        Font body = ink.fonts.regular(Ink.BODY);
        Font small = ink.fonts.regular(Ink.SMALL);
        double yy = titleAndSelect(g, x, y, w, s, select, p, text);
        double rowH = ROW_H;
        int shown = 0;
        for (long id = 1; id <= s.chanCount(); id++) {
            if (yy + rowH > y + h) {
                ink.text(g, text.get("chans.more", s.chanCount() - shown), x, yy + 8, w, small, p.textMuted());
                yy += 20;
                break;
            }
            ChanView c = s.chan(id);
            shown++;
            g.setFill(p.panel);
            g.fillRoundRect(x, yy, w, rowH - 6, 10, 10);
            hits.add(new Hit(Hit.Kind.CHANNEL, id, x, yy, w, rowH - 6));
            chanHead(g, x, yy + 12, w, id, c, title, p, text);
            buffer(g, x + 8, yy + 26, w - 16, c, p, text);
            String sendq = text.get("chan.sendq") + " " + (c.sendqSize() > LISTED_UP_TO
                    ? text.get("chan.parkedCount", c.sendqSize()) : waiters(c.sendq(), s, true));
            String recvq = text.get("chan.recvq") + " " + (c.recvqSize() > LISTED_UP_TO
                    ? text.get("chan.parkedCount", c.recvqSize()) : waiters(c.recvq(), s, false));
            double half = (w - 24) / 2;
            ink.text(g, sendq, x + 8, yy + rowH - 18, half, c.sendqSize() > 0 ? body : small,
                    c.sendqSize() > 0 ? p.status(GStatus.WAITING) : p.textMuted());
            ink.text(g, recvq, x + 16 + half, yy + rowH - 18, half, c.recvqSize() > 0 ? body : small,
                    c.recvqSize() > 0 ? p.status(GStatus.WAITING) : p.textMuted());
            yy += rowH;
        }
        return yy;
    }

    /** The ring buffer: its slots with values, recvx and sendx below; a bar when the slots do not fit. */
    private void buffer(GraphicsContext g, double x, double y, double w, ChanView c, GoPalette p, ViewText text) {
        double slotH = 28;
        Font small = ink.fonts.regular(Ink.SMALL);
        Color full = p.status(GStatus.RUNNABLE);
        if (c.capacity() == 0) {
            String note = text.get("chan.unbuffered");
            ink.text(g, ink.width(note, small) <= w ? note : text.get("chan.unbufferedShort"), x, y + slotH / 2, w,
                    small, p.textMuted());
            return;
        }
        double slotW = Math.min(SLOT_W, (w + GAP) / c.capacity() - GAP);
        if (slotW < MIN_SLOT_W) {
            ink.slot(g, x, y, w, slotH, p.slot, p.line);
            g.setFill(full);
            g.fillRoundRect(x, y, Math.max(4, w * c.qcount() / c.capacity()), slotH, 8, 8);
            Font bold = ink.fonts.bold(Ink.BODY);
            String bar = text.get("chan.bar", c.qcount(), c.capacity(), c.sendx(), c.recvx());
            if (ink.width(bar, bold) > w - 16) { // a narrow stage: the figures without the words
                bar = text.get("chan.barShort", c.qcount(), c.capacity(), c.sendx(), c.recvx());
            }
            ink.text(g, bar, x + 8, y + slotH / 2, w - 16, bold, p.text());
            return;
        }
        for (int i = 0; i < c.capacity(); i++) {
            double sx = x + i * (slotW + GAP);
            String v = c.slot(i);
            if (v.isEmpty()) {
                ink.slot(g, sx, y, slotW, slotH, p.slot, p.line);
            } else {
                ink.chip(g, sx, y, slotW, slotH, full, v, p.onFill(full));
            }
        }
        double my = y + slotH + 10;
        double rx = x + c.recvx() * (slotW + GAP);
        double sx = x + c.sendx() * (slotW + GAP);
        if (c.recvx() == c.sendx()) {
            ink.text(g, "▲ recvx = sendx", rx + 2, my, w - (rx - x), small, p.textMuted());
        } else {
            ink.text(g, "▲ recvx", rx + 2, my, Math.abs(sx - rx) > 70 || sx < rx ? 90 : sx - rx - 4, small,
                    p.textMuted());
            ink.text(g, "▲ sendx", sx + 2, my, 90, small, p.textMuted());
        }
    }

    /** "G5 (7), G6 (8) +98": the first parked goroutines and, for senders, the values they carry. */
    private static String waiters(long[] ids, GoState s, boolean values) {
        if (ids.length == 0) {
            return "–";
        }
        StringBuilder b = new StringBuilder();
        int n = Math.min(ids.length, 6);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append("  ");
            }
            b.append('G').append(ids[i]);
            String v = values ? s.carried(ids[i]) : "";
            if (!v.isEmpty()) {
                b.append(" (").append(v).append(')');
            }
        }
        if (ids.length > n) {
            b.append("  +").append(ids.length - n);
        }
        return b.toString();
    }

    private double sync(GraphicsContext g, double x, double y, double w, double h, GoState s, GoPalette p,
            ViewText text) {
        double yy = y;
        if (s.syncCount() == 0) {
            return yy;
        }
        Font body = ink.fonts.regular(Ink.BODY);
        ink.text(g, text.get("sync.title"), x, yy + 11, w, ink.fonts.bold(Ink.TITLE), p.text());
        yy += 26;
        // with a context tree below, leave it its title, the root and a few contexts (at most half the room)
        double limit = y + h - (s.contextCount() > 0 ? Math.min(52 + 26 * Math.min(3, s.contextCount()), h * 0.5)
                : 0);
        Font bold = ink.fonts.bold(Ink.BODY);
        for (long id = 1; id <= s.syncCount(); id++) {
            if (yy + 48 > limit) {
                ink.text(g, "…", x, yy + 8, w, body, p.textMuted());
                yy += 20;
                break;
            }
            SyncView v = s.sync(id);
            String line = switch (v.kind()) {
                case MUTEX -> text.get("sync.mutex", id, holder(v, text),
                        text.get(v.starving() ? "sync.starving" : "sync.normal"));
                case RWMUTEX -> text.get("sync.rwmutex", id, v.readers(),
                        holder(v, text),
                        text.get(v.writerPending() ? "sync.writerPending" : "sync.noWriterPending"));
                case WAITGROUP -> text.get("sync.waitgroup", id, v.counter());
                case COND -> text.get("sync.cond", id);
            };
            Color c = v.kind() == dev.podium.world.goruntime.event.SyncKind.MUTEX && v.starving() ? p.closed
                    : p.text();
            List<String> lines = ink.wrap(line, w - 16, bold); // a narrow stage: on two lines
            double extra = 20 * (lines.size() - 1);
            g.setFill(p.panel);
            g.fillRoundRect(x, yy, w, 44 + extra, 10, 10);
            for (int i = 0; i < lines.size(); i++) {
                ink.text(g, lines.get(i), x + 8, yy + 12 + 20 * i, w - 16, bold, c);
            }
            long[] ws = v.waiters();
            ink.text(g, text.get("sync.waiters") + " " + waiters(ws, s, false), x + 8, yy + 32 + extra, w - 16,
                    ink.fonts.regular(Ink.SMALL), ws.length > 0 ? p.status(GStatus.WAITING) : p.textMuted());
            yy += 50 + extra;
        }
        return yy + 6;
    }

    private void contexts(GraphicsContext g, double x, double y, double w, double h, GoState s, long now, GoPalette p,
            ViewText text) {
        int n = s.contextCount();
        if (n == 0 || h < 50) {
            return;
        }
        ink.text(g, text.get("ctx.title"), x, y + 11, w, ink.fonts.bold(Ink.TITLE), p.text());
        List<long[]> rows = new ArrayList<>(); // {id, depth}
        walk(s, 0, 0, rows);
        double rowH = 26;
        double yy = y + 26;
        Font body = ink.fonts.regular(Ink.BODY);
        ink.text(g, "context.Background()", x + 4, yy + rowH / 2, w, body, p.textMuted());
        double[] ys = new double[n + 1];
        ys[0] = yy + rowH / 2;
        double[] xs = new double[n + 1];
        xs[0] = x + 10;
        yy += rowH;
        for (long[] r : rows) {
            if (yy + rowH > y + h) {
                ink.text(g, "…", x + 4, yy + 6, w, body, p.textMuted());
                break;
            }
            ContextView c = s.context(r[0]);
            double cx = x + 10 + r[1] * 22;
            int id = (int) r[0];
            int parent = (int) Math.min(c.parent(), n);
            ys[id] = yy + rowH / 2;
            xs[id] = cx + 10;
            boolean cancelled = c.err() != null && c.canceledAtNanos() <= now;
            Color edge = cancelled ? p.cancel : p.line;
            g.setStroke(edge);
            g.setLineWidth(cancelled ? 3 : 1.5);
            g.strokeLine(xs[parent], ys[parent] + 8, xs[parent], ys[id]);
            g.strokeLine(xs[parent], ys[id], cx, ys[id]);
            if (cancelled && now - c.canceledAtNanos() < GLOW_NANOS) {
                double glow = 1 - (double) (now - c.canceledAtNanos()) / GLOW_NANOS;
                g.setFill(p.cancel.deriveColor(0, 1, 1, 0.25 + 0.4 * glow));
                g.fillRoundRect(cx, yy + 1, w - (cx - x), rowH - 2, 8, 8);
            }
            String label = "ctx" + id + " " + kindName(c) + (c.deadlineNanos() >= 0
                    ? " (" + text.get("ctx.deadline", SimDurations.readable(c.deadlineNanos())) + ")" : "");
            String err = cancelled ? "✕ " + c.err().goText() : null;
            Font bold = ink.fonts.bold(Ink.BODY);
            double room = w - (cx - x) - 8;
            Color colour = cancelled ? p.cancel : p.text();
            if (ink.width(label, bold) + (err == null ? 0 : 10 + ink.width(err, body)) <= room) {
                double lw = ink.text(g, label, cx + 4, ys[id], room, bold, colour);
                if (err != null) {
                    ink.text(g, err, cx + 14 + lw, ys[id], room - lw - 10, body, p.cancel);
                }
                yy += rowH;
                continue;
            }
            // a narrow stage: the label on as many lines as it needs, the error on the next
            List<String> lines = ink.wrap(label, room, bold);
            int labelLines = lines.size();
            if (err != null) {
                lines.addAll(ink.wrap(err, room, body)); // the error too may take two lines
            }
            for (int i = 0; i < lines.size(); i++) {
                boolean last = i >= labelLines;
                ink.text(g, lines.get(i), cx + 4, ys[id] + i * (rowH - 4), room, last ? body : bold,
                        last ? p.cancel : colour);
            }
            yy += rowH + (lines.size() - 1) * (rowH - 4);
        }
    }

    /** The tree depth-first, children in order of creation: {id, depth} rows; O(contexts). */
    private static void walk(GoState s, long root, int depth, List<long[]> out) {
        int n = s.contextCount();
        List<List<Long>> children = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            children.add(new ArrayList<>());
        }
        for (long id = 1; id <= n; id++) {
            long parent = s.context(id).parent();
            children.get((int) (parent >= 0 && parent <= n ? parent : 0)).add(id);
        }
        java.util.ArrayDeque<long[]> stack = new java.util.ArrayDeque<>();
        List<Long> top = children.get((int) root);
        for (int i = top.size() - 1; i >= 0; i--) {
            stack.push(new long[] {top.get(i), depth});
        }
        while (!stack.isEmpty()) {
            long[] r = stack.pop();
            out.add(r);
            List<Long> kids = children.get((int) r[0]);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new long[] {kids.get(i), r[1] + 1});
            }
        }
    }

    private static String holder(SyncView v, ViewText text) {
        return v.owner() > 0 ? text.get("sync.heldBy", v.owner()) : text.get("sync.free");
    }

    private static String kindName(ContextView c) {
        ContextKind k = c.kind();
        return switch (k) {
            case CANCEL -> "WithCancel";
            case DEADLINE -> "WithDeadline";
            case VALUE -> "WithValue";
        };
    }

    private static String join(List<Integer> ready) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ready.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(ready.get(i));
        }
        return b.length() == 0 ? "–" : b.toString();
    }
}
