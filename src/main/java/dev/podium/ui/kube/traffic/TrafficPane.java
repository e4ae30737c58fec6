package dev.podium.ui.kube.traffic;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ResizableCanvas;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.traffic.TrafficState;
import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.RequestSampled;
import dev.podium.world.kube.traffic.event.TrafficSampled;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The traffic tab: the client and its rate, the Ingress with its rules, each Service with its type, EndpointSlice
 * counts and numbers (requests, errors, p50/p99 over the last window), and each endpoint pod with its conditions and
 * a box per node showing whether that node's kube-proxy still routes to it. Sampled requests move as dots from the
 * client to the pod and back; a failed one stops where it failed and turns red with its status. A dot's trip is drawn
 * over at least {@link #MIN_TRIP_NANOS} of simulated time so it can be seen (the numbers show the real latency). One
 * canvas, redrawn per frame from the state at the playhead. FX thread only.
 */
public final class TrafficPane extends ResizableCanvas {
    public static final String ID = "kube-traffic";
    /** The least simulated time a packet's drawn trip takes. */
    static final long MIN_TRIP_NANOS = 600_000_000L;
    /** How long a failed packet stays on screen after it failed. */
    static final long FAILED_HOLD_NANOS = 900_000_000L;

    private final CanvasFonts fonts = new CanvasFonts();
    private final TrafficPalette palette = new TrafficPalette(this);
    private TrafficLayout layout;

    public TrafficPane() {
        setId(ID);
    }

    /** The layout last drawn (for picks and tests), or null. */
    TrafficLayout trafficLayout() {
        return layout;
    }

    /** The Service or pod key under the point, or null. */
    public String pick(double x, double y) {
        if (layout == null) {
            return null;
        }
        String svc = layout.serviceAt(x, y);
        return svc != null ? svc : layout.podAt(x, y);
    }

    public void render(KubeState s, long now, ViewText text, String family) {
        palette.refreshIfNeeded();
        fonts.family(family);
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 1 || h < 1) {
            return;
        }
        TrafficState t = s.traffic();
        if (!t.started()) {
            g.setFill(palette.textMuted());
            g.setFont(fonts.regular(18));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text.get("traffic.none"), w / 2, h / 2);
            g.setTextAlign(TextAlignment.LEFT);
            return;
        }
        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        for (String svc : t.services()) {
            EndpointSliceUpdated slice = t.slice(svc);
            endpoints.put(svc, slice == null ? List.of() : slice.endpoints());
        }
        layout = new TrafficLayout(w, h, endpoints, ingress(null, t, text, 0, 0, TrafficLayout.ingressWidth(w)));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        links(g, t);
        packets(g, t, now, false);
        client(g, t, text);
        TrafficLayout.Box b = layout.ingress;
        box(g, b);
        g.setFill(palette.text());
        ingress(g, t, text, b.x(), b.y(), b.w());
        for (String svc : t.services()) {
            service(g, t, svc, text);
            pods(g, s, t, svc, text);
        }
        packets(g, t, now, true);
        failures(g, t, now, text);
    }

    private void links(GraphicsContext g, TrafficState t) {
        g.setStroke(palette.link);
        g.setLineWidth(2);
        TrafficLayout.Box c = layout.client;
        g.strokeLine(c.x() + c.w(), c.cy(), layout.ingress.x(), c.cy());
        for (Map.Entry<String, TrafficLayout.Box> e : layout.services.entrySet()) {
            TrafficLayout.Box b = e.getValue();
            g.strokeLine(layout.ingress.x() + layout.ingress.w(), b.cy(), b.x(), b.cy());
            EndpointSliceUpdated slice = t.slice(e.getKey());
            for (String pod : slice == null ? List.<String>of() : slice.endpoints()) {
                TrafficLayout.Box p = layout.pods.get(pod);
                if (p != null) {
                    g.strokeLine(b.x() + b.w(), b.cy(), p.x(), p.cy());
                }
            }
        }
    }

    private void box(GraphicsContext g, TrafficLayout.Box b) {
        g.setFill(palette.box);
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 10, 10);
        g.setStroke(palette.border);
        g.setLineWidth(1.5);
        g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 10, 10);
    }

    private void client(GraphicsContext g, TrafficState t, ViewText text) {
        TrafficLayout.Box b = layout.client;
        box(g, b);
        g.setFill(palette.text());
        g.setFont(fonts.bold(16));
        g.fillText(text.get("traffic.client"), b.x() + 10, b.y() + 10);
        g.setFont(fonts.regular(14));
        g.fillText(text.get("traffic.rate", t.rate()), b.x() + 10, b.y() + 34);
        g.setFill(palette.textMuted());
        g.fillText(t.proxyMode(), b.x() + 10, b.y() + 54);
    }

    /**
     * The ingress box's title and rules, wrapped to {@code w}, at ({@code x}, {@code y}); with a null {@code g} only
     * measured. Returns the height they take, padding included.
     */
    private double ingress(GraphicsContext g, TrafficState t, ViewText text, double x, double y, double w) {
        String title = t.ingresses().isEmpty() ? text.get("traffic.nodePort") : text.get("traffic.ingress",
                String.join(", ", t.ingresses().stream().map(TrafficPane::name).toList()));
        double bottom = wrapped(g, title, fonts.bold(16), x + 10, y + 10, w - 20) + 8;
        for (String route : t.routes()) {
            bottom = wrapped(g, route.replace("default/", ""), fonts.regular(13), x + 10, bottom, w - 20) + 6;
        }
        return bottom - y + 4;
    }

    /**
     * Draws {@code s} in {@code font} in lines no wider than {@code width}, breaking at spaces and, inside a word too
     * long for a line (a host and path), after a '/' or '.' or else anywhere; nothing is drawn when {@code g} is
     * null. Returns the y below it.
     */
    private double wrapped(GraphicsContext g, String s, Font font, double x, double y, double width) {
        double step = font.getSize() + 4;
        if (g != null) {
            g.setFont(font);
        }
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(next, font) <= width) {
                line.setLength(0);
                line.append(next);
                continue;
            }
            if (line.length() > 0) {
                draw(g, line.toString(), x, y);
                y += step;
                line.setLength(0);
            }
            String rest = word;
            while (fonts.width(rest, font) > width && rest.length() > 1) {
                int cut = breakPoint(rest, font, width);
                draw(g, rest.substring(0, cut), x, y);
                y += step;
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        draw(g, line.toString(), x, y);
        return y + step;
    }

    /** Where to break a word wider than {@code width}: after the last '/' or '.' that fits, else after what fits. */
    private int breakPoint(String word, Font font, double width) {
        int fits = 1;
        while (fits < word.length() && fonts.width(word.substring(0, fits + 1), font) <= width) {
            fits++;
        }
        for (int i = fits; i > 1; i--) {
            char c = word.charAt(i - 1);
            if (c == '/' || c == '.') {
                return i;
            }
        }
        return fits;
    }

    private static void draw(GraphicsContext g, String s, double x, double y) {
        if (g != null && !s.isEmpty()) {
            g.fillText(s, x, y);
        }
    }

    private void service(GraphicsContext g, TrafficState t, String svc, ViewText text) {
        TrafficLayout.Box b = layout.services.get(svc);
        box(g, b);
        String type = t.serviceType(svc);
        if (type.startsWith("LoadBalancer")) {
            g.setStroke(palette.textMuted());
            g.setLineDashes(4);
            g.strokeRoundRect(b.x() - 6, b.y() - 6, b.w() + 12, b.h() + 12, 12, 12);
            g.setLineDashes(null);
        }
        g.setFill(palette.text());
        g.setFont(fonts.bold(15));
        g.fillText(name(svc), b.x() + 10, b.y() + 8);
        g.setFont(fonts.regular(13));
        g.setFill(palette.textMuted());
        g.fillText(type.replace("LoadBalancer", "LoadBalancer → NodePort"), b.x() + 10, b.y() + 28);
        EndpointSliceUpdated slice = t.slice(svc);
        int ready = slice == null ? 0 : slice.ready().size();
        int total = slice == null ? 0 : slice.endpoints().size();
        g.setFill(palette.text());
        g.fillText(text.get("traffic.endpoints", ready, total), b.x() + 10, b.y() + 46);
        TrafficSampled n = t.totals(svc);
        if (n != null) {
            double perSecond = n.requests() * 1e9 / Math.max(1, n.windowNanos());
            g.fillText(text.get("traffic.rateShort", Math.round(perSecond)), b.x() + 10, b.y() + 64);
            g.setFill(n.errors() > 0 ? palette.failed : palette.text());
            g.fillText(text.get("traffic.errors", n.errors(), n.totalErrors()), b.x() + 10, b.y() + 82);
            g.setFill(palette.text());
            g.fillText("p50 " + SimDurations.brief(n.p50Nanos()) + "  p99 " + SimDurations.brief(n.p99Nanos()),
                    b.x() + 10, b.y() + 100 > b.y() + b.h() - 16 ? b.y() + b.h() - 16 : b.y() + 100);
        }
    }

    private void pods(GraphicsContext g, KubeState s, TrafficState t, String svc, ViewText text) {
        EndpointSliceUpdated slice = t.slice(svc);
        if (slice == null) {
            return;
        }
        Map<String, List<String>> rules = t.rules(svc);
        double size = Math.min(14, layout.rowHeight * (layout.rowHeight >= 34 ? 0.34 : 0.5));
        for (String pod : slice.endpoints()) {
            TrafficLayout.Box b = layout.pods.get(pod);
            if (b == null) {
                continue;
            }
            boolean terminating = slice.terminating().contains(pod);
            Color c = slice.ready().contains(pod) ? palette.ok : terminating ? palette.terminating
                    : palette.notReady;
            g.setFill(c);
            g.fillRoundRect(b.x(), b.y(), 8, b.h(), 4, 4);
            boolean twoLines = layout.rowHeight >= 34;
            double line1 = twoLines ? b.y() + b.h() * 0.28 : b.cy();
            double line2 = twoLines ? b.y() + b.h() * 0.74 : b.cy();
            g.setFill(palette.text());
            g.setFont(fonts.regular(size));
            g.setTextBaseline(VPos.CENTER);
            g.fillText(name(pod), b.x() + 14, line1);
            String cond = slice.ready().contains(pod) ? text.get("traffic.ready")
                    : terminating ? text.get("traffic.terminating") : text.get("traffic.notReady");
            double x = b.x() + 14 + (twoLines ? 0 : fonts.width(name(pod), fonts.regular(size)) + 10);
            g.setFill(c);
            g.fillText(cond, x, line2);
            x += fonts.width(cond, fonts.regular(size)) + 10;
            double chip = Math.min(size, 12);
            for (Map.Entry<String, List<String>> r : rules.entrySet()) {
                boolean routed = r.getValue().contains(pod);
                double bw = fonts.width(r.getKey(), fonts.regular(chip)) + 8;
                if (routed) {
                    g.setFill(palette.link);
                    g.fillRoundRect(x, line2 - chip * 0.75, bw, chip * 1.5, 6, 6);
                }
                g.setStroke(routed ? palette.textMuted() : palette.border);
                g.strokeRoundRect(x, line2 - chip * 0.75, bw, chip * 1.5, 6, 6);
                g.setFill(routed ? palette.text() : palette.textMuted());
                g.setFont(fonts.regular(chip));
                g.fillText(r.getKey(), x + 4, line2);
                x += bw + 4;
            }
            g.setTextBaseline(VPos.TOP);
        }
    }

    /**
     * The sampled requests as dots: under the boxes first (a request inside a box is hidden, being routed), then
     * ({@code failedOnly}) the failed ones again over them with their status, so an error is never hidden.
     */
    private void packets(GraphicsContext g, TrafficState t, long now, boolean failedOnly) {
        for (RequestSampled r : t.packets()) {
            long trip = Math.max(r.latencyNanos(), MIN_TRIP_NANOS);
            long age = now - r.timeNanos();
            boolean failed = r.status() != 200;
            if (age < 0 || age > trip + (failed ? FAILED_HOLD_NANOS : 0) || failedOnly && !failed) {
                continue;
            }
            List<double[]> path = layout.path(r.service(), failed && r.status() != 502 ? "" : r.pod());
            double f = Math.min(1, (double) age / trip);
            double along = failed ? Math.min(1, f * 2) : f < 0.5 ? f * 2 : 2 - f * 2;
            double[] p = point(path, along);
            g.setFill(failed && f >= 0.5 ? palette.failed : palette.ok);
            g.fillOval(p[0] - 6, p[1] - 6, 12, 12);
            if (failed && f >= 0.5) {
                // above the dot, centred: beside it the label would run over the box the request failed at
                g.setFont(fonts.bold(13));
                String status = Integer.toString(r.status());
                g.fillText(status, p[0] - fonts.width(status, fonts.bold(13)) / 2, p[1] - 24);
            }
        }
    }

    private static double[] point(List<double[]> path, double along) {
        if (path.size() == 1) {
            return path.get(0);
        }
        double total = 0;
        for (int i = 1; i < path.size(); i++) {
            total += Math.hypot(path.get(i)[0] - path.get(i - 1)[0], path.get(i)[1] - path.get(i - 1)[1]);
        }
        double left = along * total;
        for (int i = 1; i < path.size(); i++) {
            double[] a = path.get(i - 1);
            double[] b = path.get(i);
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (left <= len || i == path.size() - 1) {
                double k = len == 0 ? 0 : Math.min(1, left / len);
                return new double[] {a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k};
            }
            left -= len;
        }
        return path.get(path.size() - 1);
    }

    private void failures(GraphicsContext g, TrafficState t, long now, ViewText text) {
        // the reasons noRule and noEndpoints are named in view.properties as traffic.reason.<reason>
        List<RequestSampled> failed = t.failures();
        TrafficLayout.Box c = layout.client;
        double y = c.y() + c.h() + 20;
        g.setFont(fonts.bold(14));
        g.setFill(palette.text());
        if (failed.isEmpty()) {
            return;
        }
        g.fillText(clip(text.get("traffic.recentFailures"), c.w()), c.x(), y);
        y += 20;
        g.setFont(fonts.regular(12));
        double width = c.w();
        for (int i = failed.size() - 1; i >= 0 && y < getHeight() - 32; i--) {
            RequestSampled r = failed.get(i);
            int same = 1;
            while (i > 0 && failed.get(i - 1).status() == r.status() && failed.get(i - 1).pod().equals(r.pod())) {
                i--;
                same++;
            }
            g.setFill(palette.failed);
            g.fillText(r.status() + (same > 1 ? " ×" + same : "") + "  " + SimDurations.age(now - r.timeNanos()),
                    c.x(), y);
            g.setFill(palette.textMuted());
            g.fillText(clip(r.pod().isEmpty() ? text.get("traffic.reason." + r.reason()) : name(r.pod()), width),
                    c.x(), y + 15);
            y += 36;
        }
    }

    private String clip(String s, double width) {
        String out = s;
        while (out.length() > 4 && fonts.width(out, fonts.regular(12)) > width) {
            out = out.substring(0, out.length() - 2);
        }
        return out.equals(s) ? s : out + "…";
    }

    static String name(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }
}
