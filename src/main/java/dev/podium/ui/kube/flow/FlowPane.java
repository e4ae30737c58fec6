package dev.podium.ui.kube.flow;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ResizableCanvas;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.flow.FlowState;
import dev.podium.world.kube.flow.event.ClientSampled;
import dev.podium.world.kube.flow.event.ClientThrottled;
import dev.podium.world.kube.flow.event.FlowStarted;
import dev.podium.world.kube.flow.event.LeaderElectionStarted;
import dev.podium.world.kube.flow.event.LeaseAcquired;
import dev.podium.world.kube.flow.event.PriorityLevelSampled;
import dev.podium.world.kube.flow.event.RequestRejected;
import dev.podium.world.kube.state.KubeState;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The API tab: on the left each API client with its token bucket (QPS, burst, workers waiting for a token, the
 * longest wait), in the middle the API server's priority levels under API Priority and Fairness (seats busy, requests
 * queued, 429s and Retry-After), on the right the Lease of a leader election (holderIdentity, renewTime, transitions,
 * each replica); along the bottom the latest client-go log lines ("Waited for …") and 429s. One canvas, redrawn per
 * frame from the state at the playhead. FX thread only.
 */
public final class FlowPane extends ResizableCanvas {
    public static final String ID = "kube-flow";
    private static final double PAD = 20;
    /** Below this width the clients are stacked above the server. */
    private static final double NARROW = 1200;
    /** A client's or a level's box height when stacked. */
    private static final double STACKED_BOX = 162;
    /** Log lines: their height. */
    private static final double LOG_LINE = 22;
    /** The log's least height: its title and three lines. */
    private static final double MIN_LOG = 100;

    private final CanvasFonts fonts = new CanvasFonts();
    private final FlowPalette palette = new FlowPalette(this);
    private GraphicsContext g;
    private ViewText text;
    /** The last drawing's body bottom and log top, in the pane's coordinates (the log must not cover the body). */
    private double bodyBottom;
    private double logTop;

    public FlowPane() {
        setId(ID);
    }

    public void render(KubeState s, long now, ViewText viewText, String family) {
        palette.refreshIfNeeded();
        fonts.family(family);
        text = viewText;
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 1 || h < 1) {
            return;
        }
        FlowState f = s.flow();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        if (!f.hasClients() && !f.hasElection()) {
            setMinHeight(0);
            g.setFill(palette.textMuted());
            g.setFont(fonts.regular(18));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(text.get("flow.none"), w / 2, h / 2);
            g.setTextAlign(TextAlignment.LEFT);
            return;
        }
        int clientCount = f.hasClients() ? f.setup().clients().size() : 0;
        boolean stacked = f.hasClients() && !f.hasElection() && w < NARROW;
        double stackedH = 44 + clientCount * STACKED_BOX + (clientCount - 1) * PAD + PAD + 44 + STACKED_BOX;
        // stacked boxes keep their size: a stage too short for them and the log grows a scroll bar (KubeView)
        double needed = stacked ? stackedH + 3 * PAD + MIN_LOG : 0;
        if (getMinHeight() != needed) {
            setMinHeight(needed);
        }
        double logH = !f.hasClients() ? 0 : stacked ? Math.max(MIN_LOG, Math.min(230, h - stackedH - 3 * PAD))
                : Math.min(230, h * 0.3);
        double top = PAD;
        double bodyH = h - logH - 2 * PAD;
        bodyBottom = top + bodyH;
        logTop = logH > 0 ? h - logH - PAD / 2 : h;
        if (f.hasClients() && f.hasElection()) {
            double colW = (w - 4 * PAD) / 3;
            clients(f, PAD, top, colW, bodyH, now);
            server(f, 2 * PAD + colW, top, colW, bodyH);
            lease(f, 3 * PAD + 2 * colW, top, colW, bodyH, now);
        } else if (stacked) {
            // the stage beside the gallery and narration: clients above the server, each box the full width
            double clientsH = 44 + clientCount * STACKED_BOX + (clientCount - 1) * PAD;
            clients(f, PAD, top, w - 2 * PAD, clientsH, now);
            server(f, PAD, top + clientsH + PAD, w - 2 * PAD, 44 + STACKED_BOX);
            bodyBottom = top + clientsH + PAD + 44 + STACKED_BOX;
        } else if (f.hasClients()) {
            double colW = (w - 3 * PAD) / 2;
            clients(f, PAD, top, colW, bodyH, now);
            server(f, 2 * PAD + colW, top, colW, bodyH);
        } else {
            double colW = Math.min(760, w - 2 * PAD);
            lease(f, (w - colW) / 2, top, colW, bodyH, now);
        }
        if (logH > 0) {
            log(f, PAD, h - logH - PAD / 2, w - 2 * PAD, logH);
        }
    }

    /** The bottom of the last drawing's boxes. */
    public double bodyBottom() {
        return bodyBottom;
    }

    /** The top of the last drawing's log (the pane's height when it has none). */
    public double logTop() {
        return logTop;
    }

    // ------------------------------------------------------------------ clients

    private void clients(FlowState f, double x, double y, double w, double h, long now) {
        title(text.get("flow.clients"), x, y, w);
        FlowStarted setup = f.setup();
        int n = setup.clients().size();
        double boxH = Math.min(200, (h - 44 - PAD * (n - 1)) / Math.max(1, n));
        for (int i = 0; i < n; i++) {
            String name = setup.clients().get(i);
            ClientSampled c = f.clients().get(name);
            double by = y + 44 + i * (boxH + PAD);
            panel(x, by, w, boxH, c != null && c.maxWaitNanos() > 1_000_000_000L ? palette.waiting : palette.border);
            line(name, x + 14, by + 10, w - 28, 21, true, palette.text());
            line(setup.limits().get(i) + " · " + setup.clientLevels().get(i), x + 14, by + 40, w - 28,
                    16, false, palette.textMuted());
            line(text.get("flow.workers", f.workers(name)) + "  " + setup.requests().get(i), x + 14, by + 64, w - 28,
                    16, false, palette.textMuted());
            if (c == null) {
                continue;
            }
            double perSecond = 1e9 / c.windowNanos();
            line(text.get("flow.rates", Math.round(c.sent() * perSecond), Math.round(c.served() * perSecond),
                    Math.round(c.rejected() * perSecond)), x + 14, by + 92, w - 28, 18, true,
                    c.rejected() > 0 ? palette.rejected : palette.text());
            String wait = c.maxWaitNanos() == 0 ? text.get("flow.noWait")
                    : text.get("flow.wait", SimDurations.brief(c.maxWaitNanos()));
            line(wait, x + 14, by + 120, w - 28, 18, true,
                    c.maxWaitNanos() > 1_000_000_000L ? palette.waiting : palette.text());
            if (boxH >= 180) {
                line(text.get("flow.where", c.waitingForToken(), c.atServer(), c.sleepingRetryAfter()), x + 14,
                        by + 150, w - 28, 16, false, palette.textMuted());
            }
        }
    }

    // ------------------------------------------------------------------ server

    private void server(FlowState f, double x, double y, double w, double h) {
        FlowStarted setup = f.setup();
        title(text.get("flow.server", setup.totalSeats()), x, y, w);
        int n = setup.levels().size();
        double boxH = Math.min(220, (h - 44 - PAD * (n - 1)) / Math.max(1, n));
        for (int i = 0; i < n; i++) {
            String level = setup.levels().get(i);
            int seats = Integer.parseInt(setup.seats().get(i));
            PriorityLevelSampled p = f.levels().get(level);
            double by = y + 44 + i * (boxH + PAD);
            panel(x, by, w, boxH, p != null && p.rejected() > 0 ? palette.rejected : palette.border);
            line(level, x + 14, by + 10, w - 28, 21, true, palette.text());
            int busy = p == null ? 0 : p.seatsInUse();
            seatsBar(x + 14, by + 42, w - 28, seats, busy);
            line(text.get("flow.seats", busy, seats), x + 14, by + 76, w - 28, 18, true, palette.text());
            int queued = p == null ? 0 : p.queued();
            line(text.get("flow.queued", queued, p == null ? 0 : p.queuesInUse(), setup.queueLengthLimit()), x + 14,
                    by + 104, w - 28, 16, false, queued > 0 ? palette.waiting : palette.textMuted());
            if (p != null) {
                line(text.get("flow.rejected", Math.round(p.rejected() * 1e9 / p.windowNanos()),
                        p.retryAfterSeconds()), x + 14, by + 130, w - 28, 18, true,
                        p.rejected() > 0 ? palette.rejected : palette.textMuted());
            }
        }
    }

    private void seatsBar(double x, double y, double w, int seats, int busy) {
        int shown = Math.min(seats, 60);
        double cell = w / shown;
        for (int s = 0; s < shown; s++) {
            boolean on = s < Math.round((double) busy * shown / seats);
            g.setFill(on ? palette.busy : palette.idle);
            g.fillRoundRect(x + s * cell + 1, y, Math.max(2, cell - 3), 24, 6, 6);
        }
    }

    // ------------------------------------------------------------------ lease

    private void lease(FlowState f, double x, double y, double w, double h, long now) {
        LeaderElectionStarted e = f.election();
        title(text.get("flow.lease", e.lease()), x, y, w);
        double by = y + 44;
        double boxH = Math.min(h - 44, 222 + 56 * e.candidates().size());
        panel(x, by, w, boxH, palette.border);
        boolean holderAlive = !f.holder().isEmpty() && !f.stopped(f.holder());
        line(text.get("flow.holder", f.holder().isEmpty() ? text.get("flow.free") : f.holder()), x + 14, by + 12,
                w - 28, 22, true, holderAlive ? palette.busy : palette.rejected);
        String renew = f.renewNanos() < 0 ? "–" : text.get("flow.ago", SimDurations.brief(now - f.renewNanos()));
        line(text.get("flow.renew", renew), x + 14, by + 46, w - 28, 18, true, palette.text());
        line(text.get("flow.transitions", f.transitions()), x + 14, by + 74, w - 28, 16, false,
                palette.textMuted());
        line(text.get("flow.durations", SimDurations.brief(e.leaseDurationNanos()),
                SimDurations.brief(e.renewDeadlineNanos()), SimDurations.brief(e.retryPeriodNanos())), x + 14,
                by + 98, w - 28, 16, false, palette.textMuted());
        LeaseAcquired t = f.takeover();
        if (holderAlive && t != null) {
            line(text.get("flow.takeover", SimDurations.brief(t.timeNanos() - t.previousRenewNanos()),
                    t.previousHolder()), x + 14, by + 124, w - 28, 18, true, palette.textMuted());
        }
        if (!holderAlive && f.renewNanos() >= 0) {
            long left = f.renewNanos() + e.leaseDurationNanos() - now;
            line(left > 0 ? text.get("flow.expires", SimDurations.brief(left)) : text.get("flow.expired"), x + 14,
                    by + 124, w - 28, 18, true, palette.waiting);
        }
        double cy = by + 160;
        for (String c : e.candidates()) {
            boolean killed = f.stopped(c);
            boolean leads = c.equals(f.holder()) && !killed;
            Color fill = killed ? palette.rejected : leads ? palette.busy : palette.idle;
            g.setFill(fill);
            g.fillRoundRect(x + 14, cy, w - 28, 44, 12, 12);
            String state = killed ? text.get("flow.killed") : leads ? text.get("flow.leader")
                    : text.get("flow.standby", SimDurations.brief(e.retryPeriodNanos()));
            line(c + "  ·  " + state, x + 26, cy + 11, w - 52, 18, true, palette.onFill(fill));
            cy += 56;
        }
        if (!holderAlive && f.lastReconcileNanos() >= 0) {
            line(text.get("flow.noReconcile", SimDurations.brief(now - f.lastReconcileNanos())), x + 14, cy + 4,
                    w - 28, 18, true, palette.rejected);
        }
    }

    // ------------------------------------------------------------------ log

    private void log(FlowState f, double x, double y, double w, double h) {
        panel(x, y, w, h, palette.border);
        line(text.get("flow.log"), x + 14, y + 8, w - 28, 16, true, palette.textMuted());
        List<String> lines = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Object[]> merged = new ArrayList<>();
        for (ClientThrottled t : f.throttled()) {
            merged.add(new Object[] {t.timeNanos(), text.get("flow.waited", SimDurations.brief(t.timeNanos()),
                    t.client(), SimDurations.brief(t.waitNanos()), t.reason(), t.request()), palette.waiting});
        }
        for (RequestRejected r : f.rejected()) {
            merged.add(new Object[] {r.timeNanos(), text.get("flow.429", SimDurations.brief(r.timeNanos()),
                    r.client(), r.level(), r.retryAfterSeconds(), r.attempt()), palette.rejected});
        }
        merged.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
        for (Object[] m : merged) {
            lines.add((String) m[1]);
            colours.add((Color) m[2]);
        }
        List<String> rows = new ArrayList<>();
        List<Color> rowColours = new ArrayList<>();
        Font font = fonts.regular(15);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int cut = l.indexOf(", request: ");
            if (cut > 0 && fonts.width(l, font) > w - 28) { // too long: the request on a line of its own
                rows.add(l.substring(0, cut + 1));
                rows.add("      " + l.substring(cut + 2));
                rowColours.add(colours.get(i));
                rowColours.add(colours.get(i));
            } else {
                rows.add(l);
                rowColours.add(colours.get(i));
            }
        }
        int fit = (int) ((h - 40) / LOG_LINE);
        int from = Math.max(0, rows.size() - fit);
        for (int i = from; i < rows.size(); i++) {
            line(rows.get(i), x + 14, y + 34 + (i - from) * LOG_LINE, w - 28, 15, false, rowColours.get(i));
        }
    }

    // ------------------------------------------------------------------ drawing helpers

    private void title(String s, double x, double y, double w) {
        line(s, x, y, w, 22, true, palette.text());
    }

    private void panel(double x, double y, double w, double h, Color border) {
        g.setFill(palette.panel);
        g.fillRoundRect(x, y, w, h, 14, 14);
        g.setStroke(border);
        g.setLineWidth(2);
        g.strokeRoundRect(x, y, w, h, 14, 14);
    }

    /** One line that never overflows {@code w}: up to 3 px smaller first, then cut with "…". */
    private void line(String s, double x, double y, double w, double size, boolean bold, Color colour) {
        double fitting = size;
        Font f = bold ? fonts.bold(fitting) : fonts.regular(fitting);
        while (fitting > size - 3 && fonts.width(s, f) > w) {
            fitting -= 1;
            f = bold ? fonts.bold(fitting) : fonts.regular(fitting);
        }
        String shown = s;
        while (shown.length() > 1 && fonts.width(shown, f) > w) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        g.setFont(f);
        g.setFill(colour);
        g.fillText(shown, x, y);
    }
}
