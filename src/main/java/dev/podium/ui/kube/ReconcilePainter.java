package dev.podium.ui.kube;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.InformerView;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.WorkqueueView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws the reconcile tab: the stage boxes with what each holds now (reflector state and resourceVersion, indexer
 * counts, the workqueue's keys, each worker's key), the delayed lane with countdowns, the last results as
 * "observed → action", and the keys in flight between stages. Big type for a projector. FX thread only.
 */
final class ReconcilePainter {
    private final CanvasFonts fonts;
    private final FitText fit;
    private final StageContents contents;
    private final List<double[]> placed = new ArrayList<>();

    ReconcilePainter(CanvasFonts fonts) {
        this.fonts = fonts;
        this.fit = new FitText(fonts);
        this.contents = new StageContents(fonts, fit);
    }

    /** The text of the last frame painted, each piece with its room (for tests: nothing is squeezed). */
    List<FitText.Drawn> drawnText() {
        return fit.drawn();
    }

    void paint(GraphicsContext g, PipelineLayout l, ReconcileModel m, KubeState s, ClusterModel cluster,
            String controller, List<String> informers, long now, KubePalette p, ViewText text) {
        fit.clear();
        g.setFill(p.stageBg());
        g.fillRect(0, 0, l.width, l.height);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(p.text());
        String title = text.get("pipeline.title", text.get("controller." + controller));
        double size = 28;
        while (size > 20 && !fit.fits(title, fonts.bold(size), l.width - 32)) {
            size -= 2; // a smaller size for a narrow stage, never a squeezed one
        }
        g.setFont(fonts.bold(size));
        fit.line(g, title, 16, 12 + (28 - size) / 2, l.width - 32);
        g.setFont(fonts.regular(15));
        g.setFill(p.textMuted());
        fit.line(g, text.get("pipeline.informers", String.join(", ", informers)), 16, 46, l.width - 32);
        returnArc(g, l, p, text);
        for (Stage st : Stage.ALL) {
            box(g, l, st, p, text);
        }
        for (int i = 0; i < Stage.WORKERS.ordinal(); i++) {
            if (l.y[i] == l.y[i + 1]) {
                arrow(g, l.x[i] + l.w[i] + 2, l.cy(Stage.ALL[i]), l.x[i + 1] - 2, p.stageBorder);
            } else { // the next row: down into the gap, back to the left, down into the next box
                double gapY = l.y[i + 1] - PipelineLayout.GAP / 2;
                g.setStroke(p.stageBorder);
                g.setLineWidth(2.5);
                g.strokeLine(l.cx(Stage.ALL[i]), l.y[i] + l.h[i] + 2, l.cx(Stage.ALL[i]), gapY);
                g.strokeLine(l.cx(Stage.ALL[i]), gapY, l.cx(Stage.ALL[i + 1]), gapY);
                arrowHead(g, l.cx(Stage.ALL[i + 1]), gapY, l.cx(Stage.ALL[i + 1]), l.y[i + 1] - 2, p.stageBorder);
            }
        }
        WorkqueueView q = s.workqueues().get(controller);
        contents.api(g, l, s, informers, p, text);
        contents.reflector(g, l, s, informers, m, now, p, text);
        contents.indexer(g, l, s, informers, p, text);
        contents.handlers(g, l, p, text);
        contents.fifo(g, l, m, p, text);
        if ("scheduler".equals(controller)) {
            contents.schedulerQueue(g, l, cluster, m, p, text);
        } else {
            contents.queue(g, l, q, m, p, text);
            contents.delayed(g, l, q == null ? Map.of() : q.delayed(), now, p, text);
        }
        contents.workers(g, l, q, controller, m, p, text);
        contents.results(g, l, m, now, p, text);
        flights(g, l, m, p);
    }

    /**
     * Keys in flight as pills. Flights that would overlap one already drawn move to the nearest free lane above or
     * below their path, so simultaneous keys (a burst of watch events) stay readable.
     */
    private void flights(GraphicsContext g, PipelineLayout l, ReconcileModel m, KubePalette p) {
        g.setFont(fonts.bold(13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        placed.clear();
        for (ReconcileModel.Flight f : m.flights) {
            double[] at = l.along(f.from(), f.to(), f.progress(), f.write());
            String label = f.label().length() > 22 ? f.label().substring(0, 21) + "…" : f.label();
            double tw = fonts.width(label, fonts.bold(13)) + 16;
            double x = at[0] - tw / 2;
            double y = at[1] - 13;
            for (int lane = 1; lane < 12 && overlaps(x, y, tw); lane++) {
                y = at[1] - 13 + ((lane + 1) / 2) * (lane % 2 == 1 ? 28 : -28);
            }
            placed.add(new double[] {x, y, tw});
            Color c = f.write() ? p.write : p.key;
            g.setFill(c);
            g.fillRoundRect(x, y, tw, 26, 26, 26);
            g.setFill(p.onFill(c));
            g.fillText(label, x + tw / 2, y + 13);
        }
    }

    private boolean overlaps(double x, double y, double w) {
        for (double[] r : placed) {
            if (x < r[0] + r[2] + 2 && r[0] < x + w + 2 && y < r[1] + 28 && r[1] < y + 28) {
                return true;
            }
        }
        return false;
    }

    private void box(GraphicsContext g, PipelineLayout l, Stage st, KubePalette p, ViewText text) {
        int i = st.ordinal();
        g.setFill(p.stage);
        g.fillRoundRect(l.x[i], l.y[i], l.w[i], l.h[i], 16, 16);
        g.setStroke(p.stageBorder);
        g.setLineWidth(2);
        g.setLineDashes();
        g.strokeRoundRect(l.x[i], l.y[i], l.w[i], l.h[i], 16, 16);
        g.setFill(p.text());
        String name = text.get("stage." + st.name().toLowerCase());
        double size = 18;
        while (size > 14 && !fit.fits(name, fonts.bold(size), l.w[i] - 20)) {
            size -= 1;
        }
        g.setFont(fonts.bold(size));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        fit.line(g, name, l.x[i] + 10, l.y[i] + 10 + (18 - size) / 2, l.w[i] - 20);
    }

    private void returnArc(GraphicsContext g, PipelineLayout l, KubePalette p, ViewText text) {
        double topY = PipelineLayout.TITLE_H + PipelineLayout.ARC_H * 0.4;
        double x0 = l.cx(Stage.API);
        double x1 = l.cx(Stage.RESULT);
        g.setStroke(p.write.deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(3);
        g.setLineDashes(10, 8);
        g.strokeLine(x1, l.y[Stage.RESULT.ordinal()], x1, topY);
        g.strokeLine(x1, topY, x0, topY);
        g.setLineDashes();
        arrowHead(g, x0, topY, x0, l.y[0] - 2, p.write);
        g.setFill(p.write);
        g.setFont(fonts.bold(14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        fit.line(g, text.get("pipeline.writes"), (x0 + x1) / 2, topY - 4, Math.max(x1 - x0, l.width / 2));
    }

    private void arrow(GraphicsContext g, double x0, double y, double x1, Color c) {
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.strokeLine(x0, y, x1, y);
        arrowHead(g, x0, y, x1, y, c);
    }

    private void arrowHead(GraphicsContext g, double x0, double y0, double x1, double y1, Color c) {
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.strokeLine(x0, y0, x1, y1);
        double a = Math.atan2(y1 - y0, x1 - x0);
        g.setFill(c);
        g.fillPolygon(new double[] {x1, x1 - 10 * Math.cos(a - 0.45), x1 - 10 * Math.cos(a + 0.45)},
                new double[] {y1, y1 - 10 * Math.sin(a - 0.45), y1 - 10 * Math.sin(a + 0.45)}, 3);
    }

    static InformerView informer(KubeState s, String name) {
        return s.informers().get(name);
    }
}
