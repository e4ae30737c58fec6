package dev.podium.ui.goruntime;

import dev.podium.ui.common.ViewText;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.SelectChose;
import dev.podium.world.goruntime.state.ChanView;
import dev.podium.world.goruntime.state.GoState;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The channels: the title, the latest select and the case it chose, then each channel either whole (its ring
 * buffer with values, sendx and recvx, its sendq and recvq with the values senders carry) when every channel fits
 * so, or else one line each (head, closed, who waits) in as many columns as the lines fit. When not all fit, those
 * that matter are drawn (channels the latest events touched, then those with goroutines waiting, then those holding
 * values), in the order they were made, and a count of the rest; never only the count. FX thread only.
 */
final class ChannelsPainter {
    /** A channel drawn whole (head, ring buffer, sendx and recvx, sendq and recvq). */
    static final double ROW_H = 104;
    /** A channel drawn as one line. */
    static final double LINE_H = 26;
    /** The "+N more channels" line. */
    static final double MORE_H = 20;
    private static final double SLOT_W = 46;
    private static final double MIN_SLOT_W = 26;
    private static final double GAP = 4;

    private final Ink ink;

    ChannelsPainter(Ink ink) {
        this.ink = ink;
    }

    /** The height of the title and the select banner at width {@code w}. */
    double titleHeight(double w, SelectChose select, ViewText text) {
        return 26 + (select == null ? 0 : banner(w, select, text).size() * 22 + 2);
    }

    /** The height every channel drawn whole takes. */
    double wholeHeight(double w, GoState s, SelectChose select, ViewText text) {
        return titleHeight(w, select, text) + ROW_H * s.chanCount();
    }

    /** The height every channel drawn as a line takes (in columns). */
    double linesHeight(double w, GoState s, SelectChose select, ViewText text) {
        int cols = columns(w, s, text);
        return titleHeight(w, select, text) + LINE_H * Math.ceil((double) s.chanCount() / cols);
    }

    /** The least height that still shows a channel: the title, one row of lines and the count of the rest. */
    double leastHeight(double w, GoState s, SelectChose select, ViewText text) {
        return titleHeight(w, select, text) + LINE_H + (s.chanCount() > columns(w, s, text) ? MORE_H : 0);
    }

    /**
     * Paints the channels into the box, whole when all fit so, else as lines; {@code recent} are the channels the
     * latest events touched, newest first. Returns where it stopped.
     */
    double paint(GraphicsContext g, double x, double y, double w, double h, GoState s, SelectChose select,
            long[] recent, GoPalette p, ViewText text, List<Hit> hits) {
        if (wholeHeight(w, s, select, text) <= h) {
            return whole(g, x, y, w, s, select, p, text, hits);
        }
        return lines(g, x, y, w, h, s, select, recent, p, text, hits);
    }

    private double whole(GraphicsContext g, double x, double y, double w, GoState s, SelectChose select,
            GoPalette p, ViewText text, List<Hit> hits) {
        Font title = ink.fonts.bold(Ink.BODY);
        Font body = ink.fonts.regular(Ink.BODY);
        Font small = ink.fonts.regular(Ink.SMALL);
        double yy = titleAndSelect(g, x, y, w, s, select, p, text);
        for (long id = 1; id <= s.chanCount(); id++) {
            ChanView c = s.chan(id);
            g.setFill(p.panel);
            g.fillRoundRect(x, yy, w, ROW_H - 6, 10, 10);
            hits.add(new Hit(Hit.Kind.CHANNEL, id, x, yy, w, ROW_H - 6));
            head(g, x, yy + 12, w, id, c, title, p, text);
            buffer(g, x + 8, yy + 26, w - 16, c, p, text);
            String sendq = text.get("chan.sendq") + " " + (c.sendqSize() > ObjectsPainter.LISTED_UP_TO
                    ? text.get("chan.parkedCount", c.sendqSize()) : waiters(c.sendq(), s, true));
            String recvq = text.get("chan.recvq") + " " + (c.recvqSize() > ObjectsPainter.LISTED_UP_TO
                    ? text.get("chan.parkedCount", c.recvqSize()) : waiters(c.recvq(), s, false));
            double half = (w - 24) / 2;
            ink.text(g, sendq, x + 8, yy + ROW_H - 18, half, c.sendqSize() > 0 ? body : small,
                    c.sendqSize() > 0 ? p.status(GStatus.WAITING) : p.textMuted());
            ink.text(g, recvq, x + 16 + half, yy + ROW_H - 18, half, c.recvqSize() > 0 ? body : small,
                    c.recvqSize() > 0 ? p.status(GStatus.WAITING) : p.textMuted());
            yy += ROW_H;
        }
        return yy;
    }

    /** Channels one line each, in columns; those that matter when not all fit. Returns where it stopped. */
    private double lines(GraphicsContext g, double x, double y, double w, double h, GoState s, SelectChose select,
            long[] recent, GoPalette p, ViewText text, List<Hit> hits) {
        double yy = titleAndSelect(g, x, y, w, s, select, p, text);
        int n = s.chanCount();
        int cols = columns(w, s, text);
        double cellW = (w - (cols - 1) * GAP) / cols;
        int rows = (int) Math.max(1, Math.floor((y + h - yy) / LINE_H));
        if ((long) rows * cols < n) { // the count of the rest needs its line
            rows = (int) Math.max(1, Math.floor((y + h - yy - MORE_H) / LINE_H));
        }
        long[] shown = chosen(s, recent, Math.min(n, rows * cols));
        Font bold = ink.fonts.bold(Ink.BODY);
        for (int i = 0; i < shown.length; i++) {
            long id = shown[i];
            double cx = x + (i % cols) * (cellW + GAP);
            double cy = yy + (i / cols) * LINE_H;
            g.setFill(p.panel);
            g.fillRoundRect(cx, cy, cellW, LINE_H - 2, 8, 8);
            hits.add(new Hit(Hit.Kind.CHANNEL, id, cx, cy, cellW, LINE_H - 2));
            double used = head(g, cx, cy + LINE_H / 2 - 1, cellW, id, s.chan(id), bold, p, text);
            waitNote(g, cx + used + 14, cy + LINE_H / 2 - 1, cx + cellW - 8 - (cx + used + 14), s.chan(id), p,
                    text);
        }
        yy += LINE_H * Math.ceil((double) shown.length / cols);
        if (shown.length < n) {
            ink.text(g, text.get("chans.more", n - shown.length), x, yy + 8, w, ink.fonts.regular(Ink.SMALL),
                    p.textMuted());
            yy += MORE_H;
        }
        return yy;
    }

    /** "recvq G1 G2" after a channel's line, when goroutines wait on it and the note fits whole. */
    private void waitNote(GraphicsContext g, double x, double cy, double room, ChanView c, GoPalette p,
            ViewText text) {
        if (c.sendqSize() + c.recvqSize() == 0) {
            return;
        }
        boolean send = c.sendqSize() > 0;
        int size = send ? c.sendqSize() : c.recvqSize();
        String label = text.get(send ? "chan.sendq" : "chan.recvq") + " ";
        Font f = ink.fonts.regular(Ink.SMALL);
        String note = label + (size > ObjectsPainter.LISTED_UP_TO ? String.valueOf(size)
                : waiters(send ? c.sendq() : c.recvq(), null, false));
        if (ink.width(note, f) > room) { // the count alone
            note = label + size;
        }
        if (ink.width(note, f) <= room) {
            ink.text(g, note, x, cy, room, f, p.status(GStatus.WAITING));
        }
    }

    /** As many columns of lines as the widest channel's short line allows (one at least). */
    private int columns(double w, GoState s, ViewText text) {
        Font bold = ink.fonts.bold(Ink.BODY);
        double widest = 0;
        int n = s.chanCount();
        for (long id = 1; id <= Math.min(n, 64); id++) { // the first few stand for the rest
            ChanView c = s.chan(id);
            widest = Math.max(widest, ink.width(text.get("chan.headShort", id, c.capacity(), c.qcount()), bold)
                    + (c.closed() ? ink.width(text.get("chan.closed"), ink.fonts.bold(Ink.SMALL)) + 14 : 0));
        }
        double cell = widest + 24; // a waiting note is drawn where the cell has room for it
        return (int) Math.max(1, Math.min(n, Math.floor((w + GAP) / (cell + GAP))));
    }

    /**
     * Up to {@code max} channel ids, ascending: the ones the latest events touched (newest first), then those with
     * goroutines waiting, then those holding values, then the rest in the order they were made.
     */
    static long[] chosen(GoState s, long[] recent, int max) {
        int n = s.chanCount();
        if (max >= n) {
            long[] all = new long[n];
            Arrays.setAll(all, i -> i + 1);
            return all;
        }
        java.util.LinkedHashSet<Long> pick = new java.util.LinkedHashSet<>();
        for (long id : recent) {
            if (id >= 1 && id <= n && pick.size() < max) {
                pick.add(id);
            }
        }
        for (int pass = 0; pass < 3 && pick.size() < max; pass++) {
            for (long id = 1; id <= n && pick.size() < max; id++) {
                ChanView c = s.chan(id);
                boolean fits = switch (pass) {
                    case 0 -> c.sendqSize() + c.recvqSize() > 0;
                    case 1 -> c.qcount() > 0;
                    default -> true;
                };
                if (fits) {
                    pick.add(id);
                }
            }
        }
        return pick.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** "ch1  chan int  cap 2  len 1" and CLOSED after it; without the element type when that would not fit. */
    private double head(GraphicsContext g, double x, double cy, double w, long id, ChanView c, Font font,
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
            hw += 12 + ink.text(g, closed, x + 20 + hw, cy, w - 30 - hw, cf, p.closed);
        }
        return hw + 8;
    }

    private List<String> banner(double w, SelectChose select, ViewText text) {
        String chosen = select.chosen() < 0 ? text.get("select.default") : String.valueOf(select.chosen());
        return ink.wrap(text.get("select.banner", select.g(), select.line(), join(select.ready()), chosen), w,
                ink.fonts.bold(Ink.BODY));
    }

    private double titleAndSelect(GraphicsContext g, double x, double y, double w, GoState s, SelectChose select,
            GoPalette p, ViewText text) {
        double yy = y;
        ink.text(g, text.get("chans.title", s.chanCount()), x, yy + 11, w, ink.fonts.bold(Ink.TITLE), p.text());
        yy += 26;
        if (select != null) { // broken at spaces rather than cut with "…" in a narrow column (1280×720)
            Font bold = ink.fonts.bold(Ink.BODY);
            for (String line : banner(w, select, text)) {
                ink.text(g, line, x, yy + 10, w, bold, p.highlight);
                yy += 22;
            }
            yy += 2;
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
            String send = "▲ sendx";
            if (sx + 2 + ink.width(send, small) > x + w) { // the last slots: the arrow at the label's right end
                send = "sendx ▲";
                sx = Math.max(rx + 70, sx + slotW - 2 - ink.width(send, small));
            }
            ink.text(g, send, sx + 2, my, x + w - sx - 2, small, p.textMuted());
        }
    }

    /** "G5 (7), G6 (8) +98": the first parked goroutines and, for senders, the values they carry. */
    static String waiters(long[] ids, GoState s, boolean values) {
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

    private static String join(List<Integer> ready) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ready.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(ready.get(i));
        }
        return b.length() == 0 ? "–" : b.toString();
    }
}
