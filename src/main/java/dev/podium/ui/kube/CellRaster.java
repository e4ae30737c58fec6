package dev.podium.ui.kube;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws the dense level of detail: node boxes and one 1–13 px cell per pod written straight into an ARGB buffer
 * and put on the canvas as one image, so 150,000 pods cost one pass over an int array and a single drawImage
 * instead of 150,000 canvas commands. The buffer and image are reused across frames (re-made only on resize).
 * Work per frame: O(canvas pixels / 4 + pods drawn). FX thread only.
 */
final class CellRaster {
    private int[] buf = new int[0];
    private WritableImage image;
    private IntBuffer wrap;
    private int w;
    private int h;

    /** Paints node boxes and pod cells of the whole grid; text and chrome are drawn afterwards by the caller. */
    void paint(GraphicsContext g, ClusterLayout l, ClusterModel m, long now, KubePalette p) {
        ensure((int) l.width, (int) l.height);
        int bgArgb = KubePalette.argb(p.bg);
        Arrays.fill(buf, bgArgb);
        int boxArgb = KubePalette.argb(p.nodeBg);
        int readyArgb = KubePalette.argb(p.nodeReady);
        int notReadyArgb = KubePalette.argb(p.nodeNotReady);
        int cordonArgb = KubePalette.argb(p.nodeCordoned);
        NodeTable nodes = m.nodes();
        int n = Math.min(nodes.size(), l.nodes);
        int cell = (int) l.cell;
        int size = cell >= 3 ? cell - 1 : cell;
        int slots = l.slots();
        for (int rank = 0; rank < n; rank++) {
            int id = nodes.atRank(rank);
            int x0 = (int) l.boxX(rank);
            int y0 = (int) l.boxY(rank);
            int bw = (int) l.boxW;
            int bh = (int) l.boxH;
            int state = nodes.condition(id);
            int edge = state == NodeTable.NOT_READY ? notReadyArgb
                    : state == NodeTable.CORDONED ? cordonArgb : readyArgb;
            int thick = state == NodeTable.READY ? 1 : Math.max(1, Math.min(3, bw / 12));
            fill(x0, y0, bw, bh, edge);
            fill(x0 + thick, y0 + thick, bw - 2 * thick, bh - 2 * thick,
                    state == NodeTable.NOT_READY ? KubePalette.mix(notReadyArgb, boxArgb, 0.18) : boxArgb);
            int[] pods = nodes.pods(id);
            int count = Math.min(nodes.podCount(id), slots);
            for (int s = 0; s < count; s++) {
                int pod = pods[s];
                PodStatus st = m.status(pod);
                int c = p.podArgb[st.ordinal()];
                if (st == PodStatus.TERMINATING) {
                    c = KubePalette.mix(c, boxArgb, PodMotion.fade(m.since(pod), now));
                } else if (st == PodStatus.RUNNING && !m.ready(pod)) {
                    c = KubePalette.mix(c, boxArgb, 0.45);
                }
                fill((int) l.podX(rank, s), (int) l.podY(rank, s), size, size, c);
            }
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), buf, 0, w);
        g.drawImage(image, 0, 0);
    }

    private void ensure(int width, int height) {
        if (width != w || height != h || image == null) {
            w = width;
            h = height;
            buf = new int[w * h];
            wrap = IntBuffer.wrap(buf);
            image = new WritableImage(w, h);
        }
    }

    private void fill(int x, int y, int fw, int fh, int argb) {
        int x1 = Math.min(w, x + fw);
        int y1 = Math.min(h, y + fh);
        int xs = Math.max(0, x);
        if (xs >= x1) {
            return;
        }
        for (int yy = Math.max(0, y); yy < y1; yy++) {
            int row = yy * w;
            Arrays.fill(buf, row + xs, row + x1, argb);
        }
    }

    /** The backing buffer (for tests and the benchmark's sanity check). */
    IntBuffer buffer() {
        return wrap;
    }
}
