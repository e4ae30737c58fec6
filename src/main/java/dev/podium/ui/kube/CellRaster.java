package dev.podium.ui.kube;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws the dense level of detail: node boxes and one 1–13 px cell per pod, rastered into ARGB tiles of
 * {@link #TILE} px, each a {@link PixelBuffer}-backed image in its own {@link ImageView}.
 *
 * <p>Why tiles: the scene graph repaints dirty nodes, and the software pipeline pays for every repainted pixel. One
 * image over the whole grid makes the whole grid dirty whenever one pod changes colour; a tile makes only itself
 * dirty, and {@link PixelBuffer#updateBuffer} uploads only the changed rectangle inside it.
 *
 * <p>The static picture (background, node boxes, their names) is rastered once into a base buffer and rebuilt only
 * when the layout, the theme, the font or a node's condition changes. Each frame compares the colour every slot
 * should show with the colour last written there and writes only the differences, so a frame costs one pass over an
 * int array per slot plus the changed cells.
 *
 * <p>A rebuild repaints every tile whole, and the render thread then draws the whole grid again: at a live cluster's
 * first sync (thousands of pods arriving, the layout changing as they do) that was the longest pulse. So at most
 * {@link #WHOLE_TILES_PER_PULSE} tiles are repainted whole in a pulse; the others keep their picture a few pulses
 * longer and are repainted by a pulse timer of the raster's own, whether or not the view renders again, until none
 * is left. Cells that change in a tile that is not waiting are written at once. Once the last tile is painted, the
 * picture is the one an unchunked paint gives. FX thread only.
 */
final class CellRaster {
    /** Tile edge in pixels: small enough that scattered changes leave most of the grid clean. */
    static final int TILE = 96;
    /** Slot value meaning "nothing drawn here" (the base picture shows); real colours are opaque, so never 0. */
    private static final int NONE = 0;
    /** Tiles repainted whole in one pulse at most (a quarter to a half of a full-window grid). */
    static final int WHOLE_TILES_PER_PULSE = 24;

    private final Group group = new Group();
    private ClusterLayout builtLayout;
    private long builtKey;
    private int gx;
    private int gy;
    private int gw;
    private int gh;
    private int[] base = new int[0];
    private Tile[] tiles = new Tile[0];
    private int tileCols;
    private int tilesW = -1;
    private int tilesH = -1;
    private int[] painted = new int[0];
    private int wholePerPulse = WHOLE_TILES_PER_PULSE;
    /** Tiles that may still be repainted whole in this pulse. */
    private int wholeLeft = WHOLE_TILES_PER_PULSE;
    /** What the last paint drew with, for the tiles repainted later. */
    private ClusterLayout paintedLayout;
    private int paintedSlots;
    private int paintedSize;
    private final AnimationTimer rest = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!paintWaiting()) {
                stop();
            }
        }
    };
    private boolean restRunning;

    CellRaster() {
        group.setManaged(false);
        group.setMouseTransparent(true);
    }

    /** The picture the tiles hold now, {@code gw × gh} ARGB pixels of the grid (tests). */
    int[] picture() {
        int[] out = new int[gw * gh];
        for (Tile t : tiles) {
            for (int yy = 0; yy < t.h; yy++) {
                System.arraycopy(t.px, yy * t.w, out, (t.y + yy) * gw + t.x, t.w);
            }
        }
        return out;
    }

    /** Sets how many tiles a pulse repaints whole (tests: {@link Integer#MAX_VALUE} paints everything at once). */
    void wholeTilesPerPulse(int tiles) {
        wholePerPulse = Math.max(1, tiles);
        wholeLeft = wholePerPulse;
    }

    /** Whether some tiles still wait to be repainted whole. */
    boolean waiting() {
        for (Tile t : tiles) {
            if (t.full) {
                return true;
            }
        }
        return false;
    }

    /**
     * One pulse's share of the waiting tiles: a fresh budget of {@link #WHOLE_TILES_PER_PULSE}, spent on the waiting
     * tiles in grid order; true if some still wait. The raster's pulse timer calls it; tests call it as pulses would.
     */
    boolean paintWaiting() {
        wholeLeft = wholePerPulse;
        if (paintedLayout != null) {
            flushTiles(paintedLayout, paintedSlots, paintedSize);
        }
        boolean more = waiting();
        restRunning &= more;
        return more;
    }

    /** The tiles, to add once to the pane above its background. */
    Node node() {
        return group;
    }

    /**
     * Brings the tiles up to date for time {@code now}. {@code names} draws node names in pane coordinates onto the
     * static picture ({@code styleKey} changes when their font or text does).
     */
    void paint(ClusterLayout l, ClusterModel m, long now, KubePalette p, long styleKey,
            Consumer<GraphicsContext> names) {
        NodeTable nodes = m.nodes();
        int n = Math.min(nodes.size(), l.nodes);
        long key = styleKey * 31 + p.version();
        key = key * 31 + n;
        for (int rank = 0; rank < n; rank++) {
            key = key * 31 + nodes.condition(nodes.atRank(rank));
        }
        if (l != builtLayout || key != builtKey) {
            rebuild(l, m, p, names);
            builtLayout = l;
            builtKey = key;
        }
        int boxArgb = KubePalette.argb(p.nodeBg);
        int slots = l.slots();
        int cell = (int) l.cell;
        int size = cell >= 3 ? cell - 1 : cell;
        for (int rank = 0; rank < n; rank++) {
            int id = nodes.atRank(rank);
            int[] pods = nodes.pods(id);
            int count = Math.min(nodes.podCount(id), slots);
            int at = rank * slots;
            for (int s = 0; s < slots; s++) {
                int want = NONE;
                if (s < count) {
                    int pod = pods[s];
                    PodStatus st = m.status(pod);
                    want = p.podArgb[st.ordinal()];
                    if (st == PodStatus.TERMINATING) {
                        want = KubePalette.mix(want, boxArgb, PodMotion.fade(m.since(pod), now));
                    } else if (st == PodStatus.RUNNING && !m.ready(pod)) {
                        want = KubePalette.mix(want, boxArgb, 0.45);
                    }
                }
                if (painted[at + s] != want) {
                    painted[at + s] = want;
                    queue(l, rank, s, size, at + s);
                }
            }
        }
        paintedLayout = l;
        paintedSlots = slots;
        paintedSize = size;
        if (!restRunning) {
            wholeLeft = wholePerPulse; // no timer counting pulses: this paint starts a pulse's budget
        }
        flushTiles(l, slots, size);
        if (!restRunning && waiting()) {
            restRunning = true;
            rest.start();
        }
    }

    /** Uploads the changed cells of every tile not waiting, and repaints waiting tiles whole within the budget. */
    private void flushTiles(ClusterLayout l, int slots, int size) {
        for (Tile t : tiles) {
            if (t.full) {
                if (wholeLeft > 0) {
                    wholeLeft--;
                    t.flush(this, l, slots, size);
                }
            } else if (t.count > 0) {
                t.flush(this, l, slots, size);
            }
        }
    }

    /** Files slot {@code g} with every tile its cell overlaps. */
    private void queue(ClusterLayout l, int rank, int slot, int size, int g) {
        int x = (int) l.podX(rank, slot) - gx;
        int y = (int) l.podY(rank, slot) - gy;
        int c0 = Math.max(0, x) / TILE;
        int c1 = Math.max(0, Math.min(gw - 1, x + size - 1)) / TILE;
        int r0 = Math.max(0, y) / TILE;
        int r1 = Math.max(0, Math.min(gh - 1, y + size - 1)) / TILE;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int i = r * tileCols + c;
                if (i < tiles.length) {
                    tiles[i].add(g);
                }
            }
        }
    }

    private void rebuild(ClusterLayout l, ClusterModel m, KubePalette p, Consumer<GraphicsContext> names) {
        gx = (int) Math.floor(l.gridX);
        gy = (int) Math.floor(l.gridY);
        gw = Math.max(1, (int) Math.ceil(l.gridX + l.gridW) - gx);
        gh = Math.max(1, (int) Math.ceil(l.gridY + l.gridH) - gy);
        if (base.length != gw * gh) {
            base = new int[gw * gh];
        }
        paintBoxes(l, m, p);
        if (l.header > 0) {
            overlay(names);
        }
        int cols = (gw + TILE - 1) / TILE;
        int rows = (gh + TILE - 1) / TILE;
        // Tiles are cut from the grid's exact size: a grid that changes size by a few pixels keeps the tile count
        // but not the edge tiles' widths and heights, so any size change cuts them again.
        if (gw != tilesW || gh != tilesH) {
            tilesW = gw;
            tilesH = gh;
            tileCols = cols;
            tiles = new Tile[cols * rows];
            group.getChildren().clear();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    Tile t = new Tile(c * TILE, r * TILE, Math.min(TILE, gw - c * TILE), Math.min(TILE, gh - r * TILE));
                    tiles[r * cols + c] = t;
                    group.getChildren().add(t.view);
                }
            }
        }
        group.setLayoutX(gx);
        group.setLayoutY(gy);
        for (Tile t : tiles) {
            t.count = 0;
            t.full = true;
        }
        int slotsTotal = l.nodes * l.slots();
        if (painted.length != slotsTotal) {
            painted = new int[slotsTotal];
        } else {
            Arrays.fill(painted, NONE);
        }
    }

    private void paintBoxes(ClusterLayout l, ClusterModel m, KubePalette p) {
        Arrays.fill(base, KubePalette.argb(p.stageBg()));
        int boxArgb = KubePalette.argb(p.nodeBg);
        int readyArgb = KubePalette.argb(p.nodeReady);
        int notReadyArgb = KubePalette.argb(p.nodeNotReady);
        int cordonArgb = KubePalette.argb(p.nodeCordoned);
        NodeTable nodes = m.nodes();
        int n = Math.min(nodes.size(), l.nodes);
        for (int rank = 0; rank < n; rank++) {
            int id = nodes.atRank(rank);
            int x0 = (int) l.boxX(rank) - gx;
            int y0 = (int) l.boxY(rank) - gy;
            int bw = (int) l.boxW;
            int bh = (int) l.boxH;
            int state = nodes.condition(id);
            int edge = state == NodeTable.NOT_READY ? notReadyArgb
                    : state == NodeTable.CORDONED ? cordonArgb : readyArgb;
            int thick = state == NodeTable.READY ? 1 : Math.max(1, Math.min(3, bw / 12));
            fill(x0, y0, bw, bh, edge);
            fill(x0 + thick, y0 + thick, bw - 2 * thick, bh - 2 * thick,
                    state == NodeTable.NOT_READY ? KubePalette.mix(notReadyArgb, boxArgb, 0.18) : boxArgb);
        }
    }

    /** Draws the node names over the base picture with the canvas text renderer, then reads the pixels back. */
    private void overlay(Consumer<GraphicsContext> names) {
        WritableImage img = new WritableImage(gw, gh);
        img.getPixelWriter().setPixels(0, 0, gw, gh, PixelFormat.getIntArgbPreInstance(), base, 0, gw);
        Canvas c = new Canvas(gw, gh);
        GraphicsContext g = c.getGraphicsContext2D();
        g.drawImage(img, 0, 0);
        g.translate(-gx, -gy);
        names.accept(g);
        WritableImage shot = c.snapshot(null, null);
        if ((int) shot.getWidth() == gw && (int) shot.getHeight() == gh) {
            shot.getPixelReader().getPixels(0, 0, gw, gh, PixelFormat.getIntArgbPreInstance(), base, 0, gw);
        }
    }

    private void fill(int x, int y, int fw, int fh, int argb) {
        int x1 = Math.min(gw, x + fw);
        int y1 = Math.min(gh, y + fh);
        int xs = Math.max(0, x);
        if (xs >= x1) {
            return;
        }
        for (int yy = Math.max(0, y); yy < y1; yy++) {
            int row = yy * gw;
            Arrays.fill(base, row + xs, row + x1, argb);
        }
    }

    /** One tile: its pixels, the image they back and the slots changed since its last upload. */
    private static final class Tile {
        final int x;
        final int y;
        final int w;
        final int h;
        final int[] px;
        final PixelBuffer<IntBuffer> buffer;
        final ImageView view;
        int[] slots = new int[16];
        int count;
        boolean full;

        Tile(int x, int y, int w, int h) {
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
            px = new int[w * h];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(px), PixelFormat.getIntArgbPreInstance());
            view = new ImageView(new WritableImage(buffer));
            view.setLayoutX(x);
            view.setLayoutY(y);
        }

        void add(int g) {
            if (count == slots.length) {
                slots = Arrays.copyOf(slots, count * 2);
            }
            slots[count++] = g;
        }

        void flush(CellRaster r, ClusterLayout l, int perNode, int size) {
            buffer.updateBuffer(b -> {
                if (full) {
                    for (int yy = 0; yy < h; yy++) {
                        System.arraycopy(r.base, (y + yy) * r.gw + x, px, yy * w, w);
                    }
                }
                int minX = w;
                int minY = h;
                int maxX = 0;
                int maxY = 0;
                for (int i = 0; i < count; i++) {
                    int g = slots[i];
                    int rank = g / perNode;
                    int slot = g % perNode;
                    int cx = (int) l.podX(rank, slot) - r.gx - x;
                    int cy = (int) l.podY(rank, slot) - r.gy - y;
                    int x0 = Math.max(0, cx);
                    int y0 = Math.max(0, cy);
                    int x1 = Math.min(w, cx + size);
                    int y1 = Math.min(h, cy + size);
                    if (x0 >= x1 || y0 >= y1) {
                        continue;
                    }
                    int argb = r.painted[g];
                    for (int yy = y0; yy < y1; yy++) {
                        if (argb == NONE) {
                            System.arraycopy(r.base, (y + yy) * r.gw + x + x0, px, yy * w + x0, x1 - x0);
                        } else {
                            Arrays.fill(px, yy * w + x0, yy * w + x1, argb);
                        }
                    }
                    minX = Math.min(minX, x0);
                    minY = Math.min(minY, y0);
                    maxX = Math.max(maxX, x1);
                    maxY = Math.max(maxY, y1);
                }
                boolean all = full;
                count = 0;
                full = false;
                if (all) {
                    return null; // null: the whole buffer changed
                }
                return maxX > minX ? new Rectangle2D(minX, minY, maxX - minX, maxY - minY) : Rectangle2D.EMPTY;
            });
        }
    }
}
