package dev.podium.ui.kube;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.InformerView;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.WorkqueueView;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws what each pipeline stage holds now, inside the boxes {@link ReconcilePainter} drew. FX thread only. */
final class StageContents {
    private static final double LINE = 26;
    /** The distance between two lines of one wrapped label. */
    private static final double WRAPPED = 18;
    private final CanvasFonts fonts;
    private final FitText fit;

    StageContents(CanvasFonts fonts, FitText fit) {
        this.fonts = fonts;
        this.fit = fit;
    }

    void api(GraphicsContext g, PipelineLayout l, KubeState s, List<String> informers, KubePalette p, ViewText t) {
        long rv = 0;
        for (InformerView i : s.informers().values()) {
            rv = Math.max(rv, i.resourceVersion());
        }
        line(g, l, Stage.API, 0, t.get("api.rv"), p.textMuted(), 14);
        line(g, l, Stage.API, 1, Long.toString(rv), p.text(), 20);
        line(g, l, Stage.API, 2, t.get("api.etcd"), p.textMuted(), 14);
    }

    void reflector(GraphicsContext g, PipelineLayout l, KubeState s, List<String> informers, ReconcileModel m,
            long now, KubePalette p, ViewText t) {
        int row = 0;
        for (String name : informers) {
            InformerView v = s.informers().get(name);
            boolean watching = v != null && v.watching();
            line(g, l, Stage.REFLECTOR, row++, name, p.text(), 15);
            String state = v == null ? t.get("reflector.starting") : watching ? t.get("reflector.watch")
                    : t.get("reflector.relisting");
            Color c = watching ? p.busy : p.relist;
            if (!watching) {
                g.setGlobalAlpha(0.55 + 0.45 * PodMotion.pulse(now));
            }
            line(g, l, Stage.REFLECTOR, row++, state, c, 17);
            g.setGlobalAlpha(1);
            line(g, l, Stage.REFLECTOR, row++, "rv " + (v == null ? 0 : v.resourceVersion()), p.textMuted(), 14);
        }
        for (ReconcileModel.Flash f : m.flashes) {
            if (f.stage() == Stage.REFLECTOR) {
                badge(g, l, Stage.REFLECTOR, t.get("flash." + f.kind()), "dropped".equals(f.kind()) ? p.relist : p.key,
                        f.age());
            }
        }
    }

    void fifo(GraphicsContext g, PipelineLayout l, ReconcileModel m, KubePalette p, ViewText t) {
        int i = Stage.FIFO.ordinal();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(p.textMuted());
        g.setFont(fonts.regular(14));
        fit.lines(g, t.get("fifo.deltas"), l.x[i] + 10, l.y[i] + 40, l.w[i] - 20, 3, WRAPPED);
        for (ReconcileModel.Flash f : m.flashes) {
            if (f.stage() == Stage.FIFO) {
                badge(g, l, Stage.FIFO, t.get("flash.resync"), p.key, f.age());
            }
        }
    }

    void indexer(GraphicsContext g, PipelineLayout l, KubeState s, List<String> informers, KubePalette p,
            ViewText t) {
        int row = 0;
        for (String name : informers) {
            String resource = name.substring(name.indexOf('/') + 1);
            line(g, l, Stage.INDEXER, row++, resource, p.textMuted(), 14);
            line(g, l, Stage.INDEXER, row++, t.get("indexer.objects", count(s, resource)), p.text(), 18);
        }
    }

    void handlers(GraphicsContext g, PipelineLayout l, KubePalette p, ViewText t) {
        int i = Stage.HANDLERS.ordinal();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(p.textMuted());
        g.setFont(fonts.regular(14));
        double y = l.y[i] + 40;
        int used = fit.lines(g, t.get("handlers.on"), l.x[i] + 10, y, l.w[i] - 20, 3, WRAPPED);
        g.setFill(p.text());
        g.setFont(fonts.regular(15));
        fit.lines(g, t.get("handlers.enqueue"), l.x[i] + 10, y + used * WRAPPED + 8, l.w[i] - 20, 3, WRAPPED);
    }

    void queue(GraphicsContext g, PipelineLayout l, WorkqueueView q, ReconcileModel m, KubePalette p, ViewText t) {
        List<String> keys = q == null ? List.of() : q.queued();
        line(g, l, Stage.QUEUE, 0, t.get("queue.depth", keys.size()), p.textMuted(), 14);
        int max = (int) ((l.h[Stage.QUEUE.ordinal()] - 80) / LINE);
        for (int i = 0; i < Math.min(keys.size(), max); i++) {
            String key = keys.get(i);
            boolean dup = false;
            for (ReconcileModel.Flash f : m.flashes) {
                dup |= f.stage() == Stage.QUEUE && f.text().equals(key);
            }
            keyChip(g, l, Stage.QUEUE, i + 1, WorkloadRows.name(key), dup ? p.dedup : p.key, p);
        }
        if (keys.size() > max) {
            line(g, l, Stage.QUEUE, max + 1, t.get("queue.more", keys.size() - max), p.textMuted(), 14);
        }
        for (ReconcileModel.Flash f : m.flashes) {
            if (f.stage() == Stage.QUEUE) {
                badge(g, l, Stage.QUEUE, t.get("flash.dedup", WorkloadRows.name(f.text())), p.dedup, f.age());
            }
        }
    }

    void schedulerQueue(GraphicsContext g, PipelineLayout l, ClusterModel c, ReconcileModel m, KubePalette p,
            ViewText t) {
        line(g, l, Stage.QUEUE, 0, t.get("queue.depth", c.pending().size()), p.textMuted(), 14);
        int max = (int) ((l.h[Stage.QUEUE.ordinal()] - 80) / LINE);
        int i = 0;
        for (int id = c.pending().first(); id >= 0 && i < max; id = c.pending().after(id)) {
            keyChip(g, l, Stage.QUEUE, ++i, WorkloadRows.name(c.key(id)), p.key, p);
        }
    }

    void delayed(GraphicsContext g, PipelineLayout l, Map<String, Long> delayed, long now, KubePalette p, ViewText t) {
        int d = Stage.DELAYED.ordinal();
        line(g, l, Stage.DELAYED, 0, t.get("delayed.count", delayed.size()), p.textMuted(), 14);
        int row = 1;
        int max = (int) ((l.h[d] - 70) / LINE);
        for (Map.Entry<String, Long> e : delayed.entrySet()) {
            if (row > max) {
                break;
            }
            long left = Math.max(0, e.getValue() - now);
            keyChip(g, l, Stage.DELAYED, row, WorkloadRows.name(e.getKey()) + "   ⏱ " + SimDurations.brief(left),
                    p.delayed, p);
            row++;
        }
    }

    void workers(GraphicsContext g, PipelineLayout l, WorkqueueView q, String controller, ReconcileModel m,
            KubePalette p, ViewText t) {
        int n = q == null ? 1 : Math.max(1, q.workers());
        int fit = Math.max(1, (int) ((l.h[Stage.WORKERS.ordinal()] - 48) / LINE));
        if (n > fit) { // the busy ones first would reorder the workers; say how many more there are instead
            line(g, l, Stage.WORKERS, fit - 1, t.get("queue.more", n - fit + 1), p.textMuted(), 14);
            n = fit - 1;
        }
        for (int w = 0; w < n; w++) {
            String key = q == null ? null : q.processing().get(w);
            if ("scheduler".equals(controller) && !m.flights.isEmpty()) {
                for (ReconcileModel.Flight f : m.flights) {
                    key = f.to() == Stage.WORKERS ? f.label() : key;
                }
            }
            String label = t.get("worker.n", w + 1) + "  " + (key == null ? t.get("worker.idle")
                    : WorkloadRows.name(key));
            keyChip(g, l, Stage.WORKERS, w, label, key == null ? p.stageBorder.deriveColor(0, 1, 1, 0.35) : p.busy, p);
        }
    }

    void results(GraphicsContext g, PipelineLayout l, ReconcileModel m, long now, KubePalette p, ViewText t) {
        int r = Stage.RESULT.ordinal();
        double y = l.y[r] + 44;
        for (ReconcileModel.Result res : m.results) {
            if (y + 52 > l.y[r] + l.h[r]) {
                break;
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.setFill(p.textMuted());
            g.setFont(fonts.regular(14));
            fit.line(g, t.get("result.when", SimDurations.brief(now - res.timeNanos()), WorkloadRows.name(res.key())),
                    l.x[r] + 14, y, l.w[r] - 28);
            g.setFill(res.error().isEmpty() ? p.text() : p.relist);
            g.setFont(fonts.bold(20));
            String body = t.get("result.line", Observed.words(res.observed(), t), ActionText.words(res.action(), t))
                    + (res.error().isEmpty() ? "" : "  ✗ " + res.error())
                    + (res.repeats() > 1 ? "   ×" + res.repeats() : "");
            fit.line(g, body, l.x[r] + 14, y + 18, l.w[r] - 28);
            y += 56;
        }
    }

    private void keyChip(GraphicsContext g, PipelineLayout l, Stage st, int row, String label, Color c, KubePalette p) {
        int i = st.ordinal();
        double x = l.x[i] + 10;
        double y = l.y[i] + 44 + row * LINE;
        g.setFill(c);
        g.fillRoundRect(x, y, l.w[i] - 20, LINE - 4, 10, 10);
        g.setFill(p.onFill(c));
        g.setFont(fonts.bold(14));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        fit.line(g, label, x + 8, y + (LINE - 4) / 2, l.w[i] - 36);
    }

    private void line(GraphicsContext g, PipelineLayout l, Stage st, int row, String s, Color c, double size) {
        int i = st.ordinal();
        g.setFill(c);
        double room = l.w[i] - 20;
        double fitting = size;
        while (fitting > size - 3 && !fit.fits(s, size >= 17 ? fonts.bold(fitting) : fonts.regular(fitting), room)) {
            fitting -= 1; // a little smaller in a narrow box, then cut with "…": never squeezed
        }
        g.setFont(size >= 17 ? fonts.bold(fitting) : fonts.regular(fitting));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        fit.line(g, s, l.x[i] + 10, l.y[i] + 40 + row * LINE, room);
    }

    /** A fading badge near the bottom of a stage; text too wide for the box wraps onto a second line, never squeezed. */
    private void badge(GraphicsContext g, PipelineLayout l, Stage st, String s, Color c, double age) {
        int i = st.ordinal();
        g.setGlobalAlpha(1 - age * 0.8);
        Font font = fonts.bold(15);
        g.setFont(font);
        double room = l.w[i] - 12;
        List<String> parts = fit.wrap(s, font, room - 18, 3);
        double widest = 0;
        for (String part : parts) {
            widest = Math.max(widest, fonts.width(part, font));
        }
        double tw = Math.min(room, widest + 18);
        double bh = 8 + 20 * parts.size();
        double x = l.x[i] + l.w[i] / 2 - tw / 2;
        double y = l.y[i] + l.h[i] - 12 - bh - age * 20;
        g.setFill(c);
        g.fillRoundRect(x, y, tw, bh, 14, 14);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        fit.lines(g, s, x + tw / 2, y + 14, room - 18, 3, 20);
        g.setGlobalAlpha(1);
    }

    private static int count(KubeState s, String resource) {
        switch (resource) {
            case "pods":
                return s.podCount();
            case "nodes":
                return s.nodeCount();
            case "replicasets":
                return s.replicaSets().size();
            case "deployments":
                return s.deployments().size();
            case "horizontalpodautoscalers":
                return s.hpas().size();
            case "services":
            case "endpoints":
                return s.services().size();
            default:
                return 0;
        }
    }
}
