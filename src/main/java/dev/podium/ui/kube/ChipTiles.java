package dev.podium.ui.kube;

import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.NodeView;
import java.util.Arrays;
import java.util.Objects;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The detailed level of detail as one small canvas per node box plus one canvas for chips in flight. A node's
 * canvas is repainted only when what it shows changed since its last paint (its condition, header numbers, its pods'
 * looks, a chip landing) or while something in it animates (a spinner, a fade, a NotReady pulse), so a frame in
 * which one pod changed repaints one box instead of the whole picture. The flight canvas is repainted only while a
 * chip flies, and cleared once after. FX thread only.
 */
final class ChipTiles {
    /** Room around a box for what pokes out of it (ready rings, the box stroke). */
    private static final double MARGIN = 4;

    private final ChipPainter chips;
    private final Group group = new Group();
    private final Group boxes = new Group();
    private final Canvas flights = new Canvas();
    private Canvas[] canvases = new Canvas[0];
    private long[] keys = new long[0];
    private ClusterLayout builtFor;
    private boolean flightsShown;

    ChipTiles(ChipPainter chips) {
        this.chips = chips;
        group.setManaged(false);
        group.setMouseTransparent(true);
        group.getChildren().addAll(boxes, flights);
    }

    /** The node canvases and the flight canvas, to add once to the pane. */
    Node node() {
        return group;
    }

    void paint(ClusterLayout l, ClusterModel m, KubeState s, long now, KubePalette p, ViewText text, long style) {
        NodeTable nodes = m.nodes();
        int n = Math.min(nodes.size(), l.nodes);
        if (l != builtFor || canvases.length != n) {
            rebuild(l, n);
        }
        for (int rank = 0; rank < n; rank++) {
            long key = key(l, rank, m, s, now, style);
            if (key == 0 || key != keys[rank]) {
                keys[rank] = key;
                Canvas c = canvases[rank];
                GraphicsContext g = c.getGraphicsContext2D();
                g.clearRect(0, 0, c.getWidth(), c.getHeight());
                g.save();
                g.translate(-c.getLayoutX(), -c.getLayoutY());
                chips.paintNode(g, l, rank, m, s, now, p, text);
                g.restore();
            }
        }
        if (flightsShown || anyFlying(l, m, now)) {
            GraphicsContext g = flights.getGraphicsContext2D();
            g.clearRect(0, 0, flights.getWidth(), flights.getHeight());
            flightsShown = chips.paintFlights(g, l, m, now, p);
        }
    }

    private void rebuild(ClusterLayout l, int n) {
        builtFor = l;
        canvases = new Canvas[n];
        keys = new long[n];
        boxes.getChildren().clear();
        for (int rank = 0; rank < n; rank++) {
            Canvas c = new Canvas(Math.ceil(l.boxW + 2 * MARGIN), Math.ceil(l.boxH + 2 * MARGIN));
            c.setLayoutX(Math.floor(l.boxX(rank) - MARGIN));
            c.setLayoutY(Math.floor(l.boxY(rank) - MARGIN));
            canvases[rank] = c;
            boxes.getChildren().add(c);
        }
        Arrays.fill(keys, 0);
        flights.setWidth(l.width);
        flights.setHeight(l.height);
        flightsShown = true; // clear whatever the old layout left
    }

    private static boolean anyFlying(ClusterLayout l, ClusterModel m, long now) {
        NodeTable nodes = m.nodes();
        int n = Math.min(nodes.size(), l.nodes);
        for (int rank = 0; rank < n; rank++) {
            int id = nodes.atRank(rank);
            int[] pods = nodes.pods(id);
            int count = Math.min(nodes.podCount(id), l.slots());
            for (int slot = 0; slot < count; slot++) {
                if (PodMotion.flight(m.scheduledAt(pods[slot]), now) < 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A digest of what node {@code rank} shows, or 0 when it animates (repaint every frame). */
    private static long key(ClusterLayout l, int rank, ClusterModel m, KubeState s, long now, long style) {
        NodeTable nodes = m.nodes();
        int id = nodes.atRank(rank);
        int cond = nodes.condition(id);
        if (cond == NodeTable.NOT_READY) {
            return 0;
        }
        NodeView v = l.header > 0 ? s.node(nodes.name(id)) : null;
        long key = style * 31 + cond;
        key = key * 31 + Objects.hashCode(v);
        key = key * 31 + nodes.podCount(id);
        int[] pods = nodes.pods(id);
        int count = Math.min(nodes.podCount(id), l.slots());
        for (int slot = 0; slot < count; slot++) {
            int pod = pods[slot];
            PodStatus st = m.status(pod);
            if (st == PodStatus.CREATING || st == PodStatus.TERMINATING && now - m.since(pod) < PodMotion.FADE_NANOS) {
                return 0;
            }
            key = key * 31 + pod;
            key = key * 31 + st.ordinal() * 2 + (m.ready(pod) ? 1 : 0);
            key = key * 31 + m.restarts(pod);
            key = key * 31 + (PodMotion.flight(m.scheduledAt(pod), now) >= 1 ? 1 : 0);
            key = key * 31 + m.key(pod).hashCode();
        }
        return key == 0 ? 1 : key;
    }
}
