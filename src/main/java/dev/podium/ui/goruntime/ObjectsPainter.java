package dev.podium.ui.goruntime;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.ViewText;
import dev.podium.world.goruntime.event.ContextKind;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.SelectChose;
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
 * The channels themselves are drawn by {@link ChannelsPainter}; this class lays the three out.
 * FX thread only.
 */
final class ObjectsPainter {
    /** How long a fresh cancellation glows, in simulated time. */
    static final long GLOW_NANOS = 2_000;
    /**
     * A wait queue longer than this is drawn as its count: the state hands out a queue only as a copy, and copying
     * 100,000 goroutines every frame would cost more than the rest of the frame.
     */
    static final int LISTED_UP_TO = 512;
    /** Narrower than this, sync and contexts go under the channels. */
    private static final double SIDE_BY_SIDE = 900;

    /** The context tree's root. */
    private static final String ROOT = "context.Background()";
    private final Ink ink;
    private final ChannelsPainter channels;

    ObjectsPainter(Ink ink) {
        this.ink = ink;
        channels = new ChannelsPainter(ink);
    }

    /**
     * Paints channels on the left, sync and contexts on the right of the box (one under the other when narrow);
     * {@code recent} are the channels the latest events touched, newest first.
     */
    void paint(GraphicsContext g, double x, double y, double w, double h, GoState s, SelectChose select,
            long[] recent, long now, GoPalette p, ViewText text, List<Hit> hits) {
        if (h < 40) {
            return;
        }
        if (s.chanCount() == 0) {
            double sy = sync(g, x, y, w, h, s, true, p, text);
            contexts(g, x, sy, w, y + h - sy, s, now, p, text);
            return;
        }
        if (s.syncCount() + s.contextCount() == 0) {
            channels.paint(g, x, y, w, h, s, select, recent, p, text, hits);
        } else if (w >= SIDE_BY_SIDE) { // channels on the left, sync and contexts on the right
            double split = w * 0.58;
            channels.paint(g, x, y, split - 12, h, s, select, recent, p, text, hits);
            double sy = sync(g, x + split, y, w - split, h, s, true, p, text);
            contexts(g, x + split, sy, w - split, y + h - sy, s, now, p, text);
        } else { // narrow: one under the other, channels first
            double syncH = s.syncCount() > 0 ? 32 + 50 * Math.min(4, s.syncCount()) : 0;
            double whole = channels.wholeHeight(w, s, select, text);
            if (whole <= h - syncH - treeHeight(w, s, now, text)) {
                double cy = channels.paint(g, x, y, w, whole, s, select, recent, p, text, hits);
                double sy = sync(g, x, cy + 6, w, y + h - cy - 6, s, true, p, text);
                contexts(g, x, sy, w, y + h - sy, s, now, p, text);
                return;
            }
            // short of room: each channel one line (at least one drawn), and sync beside the context tree so the
            // tree keeps the height for its contexts
            boolean beside = syncH > 0 && s.contextCount() > 0;
            // a narrow stage: the sync column takes what the tree's root leaves ("WaitGroup" whole)
            double split = w < 400 ? Math.max(w * 0.4, Math.min(w * 0.45,
                    w - ink.width(ROOT, ink.fonts.regular(Ink.BODY)) - 8)) : w * 0.4;
            double lower = beside ? Math.max(syncH, treeHeight(w - split, s, now, text)) + 6
                    : syncH + treeHeight(w, s, now, text) + 6;
            double room = Math.max(channels.leastHeight(w, s, select, text),
                    Math.min(channels.linesHeight(w, s, select, text), h - lower));
            double cy = channels.paint(g, x, y, w, room, s, select, recent, p, text, hits);
            if (beside) {
                sync(g, x, cy + 6, split - 12, y + h - cy - 6, s, false, p, text);
                contexts(g, x + split, cy + 6, w - split, y + h - cy - 6, s, now, p, text);
                return;
            }
            double sy = sync(g, x, cy + 6, w, y + h - cy - 6, s, true, p, text);
            contexts(g, x, sy, w, y + h - sy, s, now, p, text);
        }
    }

    /** The sync objects; {@code treeBelow}: the context tree comes under them (leave it room). */
    private double sync(GraphicsContext g, double x, double y, double w, double h, GoState s, boolean treeBelow,
            GoPalette p, ViewText text) {
        double yy = y;
        if (s.syncCount() == 0) {
            return yy;
        }
        Font body = ink.fonts.regular(Ink.BODY);
        ink.text(g, text.get("sync.title"), x, yy + 11, w, ink.fonts.bold(Ink.TITLE), p.text());
        yy += 26;
        // with a context tree below, leave it its title, the root and a few contexts (at most half the room)
        double limit = y + h - (treeBelow && s.contextCount() > 0 ? Math.min(52 + 26 * Math.min(3, s.contextCount()), h * 0.5)
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
            ink.text(g, text.get("sync.waiters") + " " + ChannelsPainter.waiters(ws, s, false), x + 8, yy + 32 + extra, w - 16,
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
        ink.text(g, ROOT, x + 4, yy + rowH / 2, w, body, p.textMuted());
        double[] ys = new double[n + 1];
        ys[0] = yy + rowH / 2;
        double[] xs = new double[n + 1];
        xs[0] = x + 10;
        yy += rowH;
        Font bold = ink.fonts.bold(Ink.BODY);
        for (long[] r : rows) {
            ContextView c = s.context(r[0]);
            double cx = x + 10 + r[1] * 22;
            int id = (int) r[0];
            String err = error(c, now);
            double room = w - (cx - x) - 8;
            String label = label(c, id, err, room, text);
            if (yy + rowHeight(label, err, room) > y + h + 4) { // whole rows only
                ink.text(g, "…", x + 4, yy + 6, w, body, p.textMuted());
                break;
            }
            int parent = (int) Math.min(c.parent(), n);
            ys[id] = yy + rowH / 2;
            xs[id] = cx + 10;
            boolean cancelled = err != null;
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

    /** The height the context tree wants at width {@code w}: its title, the root and its first contexts. */
    double treeHeight(double w, GoState s, long now, ViewText text) {
        if (s.contextCount() == 0) {
            return 0;
        }
        List<long[]> rows = new ArrayList<>();
        walk(s, 0, 0, rows);
        double h = 52;
        for (int i = 0; i < Math.min(8, rows.size()); i++) {
            ContextView c = s.context(rows.get(i)[0]);
            String err = error(c, now);
            double room = w - 18 - rows.get(i)[1] * 22;
            h += rowHeight(label(c, (int) rows.get(i)[0], err, room, text), err, room);
        }
        return h;
    }

    /** A context's row: its label and error on one line when they fit, else wrapped, 22 px a further line. */
    private double rowHeight(String label, String err, double room) {
        Font bold = ink.fonts.bold(Ink.BODY);
        Font body = ink.fonts.regular(Ink.BODY);
        if (ink.width(label, bold) + (err == null ? 0 : 10 + ink.width(err, body)) <= room) {
            return 26;
        }
        int lines = ink.wrap(label, room, bold).size() + (err == null ? 0 : ink.wrap(err, room, body).size());
        return 26 + (lines - 1) * 22;
    }

    /**
     * "ctx2 WithDeadline (deadline at 100 ms)"; once cancelled, in a column too narrow for it and its error on one
     * line, without the deadline (the error says what happened).
     */
    private String label(ContextView c, int id, String err, double room, ViewText text) {
        String kind = "ctx" + id + " " + kindName(c);
        if (c.deadlineNanos() < 0) {
            return kind;
        }
        String full = kind + " (" + text.get("ctx.deadline", SimDurations.readable(c.deadlineNanos())) + ")";
        return err != null && ink.width(full, ink.fonts.bold(Ink.BODY)) + 10
                + ink.width(err, ink.fonts.regular(Ink.BODY)) > room ? kind : full;
    }

    /** "✕ context canceled" once the context is cancelled at {@code now}, else null. */
    private static String error(ContextView c, long now) {
        return c.err() != null && c.canceledAtNanos() <= now ? "✕ " + c.err().goText() : null;
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


}
