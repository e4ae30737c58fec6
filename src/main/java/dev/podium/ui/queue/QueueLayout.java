package dev.podium.ui.queue;

/**
 * Where things go on the queue stage, in pixels of the stage canvas: the entry on the left, the
 * waiting line (head nearest the servers, snaking back in rows when it is long), the servers stacked
 * on the right, and the exit lane at the right edge. Immutable; toolkit-free.
 *
 * <p>Slots are indexed from the head of the line (0). Positions for fractional indexes interpolate
 * between neighbouring slots, so a line that moves up by one slot glides along the snake.
 */
public final class QueueLayout {
    /** Most waiting customers drawn; the rest are a "+N more" label. */
    public static final int MAX_SHOWN = 40;

    /** A point in canvas pixels. */
    public record Point(double x, double y) {
        Point lerp(Point to, double f) {
            return new Point(x + (to.x - x) * f, y + (to.y - y) * f);
        }
    }

    /** A rectangle in canvas pixels. */
    public record Box(double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        public Point centre() {
            return new Point(x + w / 2, y + h / 2);
        }
    }

    private static final double MARGIN = 16;

    private final double width;
    private final double height;
    private final int servers;
    private final double radius;
    private final double spacing;
    private final double rowSpacing;
    private final double headX;
    private final double firstRowY;
    private final int perRow;
    private final int maxShown;
    private final int rows;
    private final int capacity;
    private final double serverX;
    private final double serverW;
    private final double serverH;
    private final double serverTop;
    private final double serverGap;

    /** Lays out a stage of {@code width} × {@code height} pixels with {@code servers} server boxes. */
    public QueueLayout(double width, double height, int servers) {
        this(width, height, servers, 0);
    }

    /**
     * As {@link #QueueLayout(double, double, int)} for a waiting room of {@code capacity} places (0 for
     * unlimited): a small room is drawn with exactly its places, so a full room is visible.
     */
    public QueueLayout(double width, double height, int servers, int capacity) {
        this.capacity = Math.max(0, capacity);
        this.width = Math.max(200, width);
        this.height = Math.max(120, height);
        this.servers = Math.max(1, servers);
        double h = this.height;
        radius = clamp(h / 11, 13, 30);
        spacing = 2 * radius + 8;
        rowSpacing = 2 * radius + 14;

        serverW = clamp(this.width * 0.2, 150, 260);
        double exitLane = clamp(this.width * 0.08, 60, 120);
        serverX = this.width - exitLane - serverW;
        serverGap = this.servers > 8 ? 4 : 10;
        double stack = h - 2 * MARGIN;
        double share = (stack - serverGap * (this.servers - 1)) / this.servers;
        serverH = Math.min(Math.min(120, h * 0.3), Math.max(6, share));
        serverTop = (h - (serverH * this.servers + serverGap * (this.servers - 1))) / 2;

        headX = serverX - 2.2 * radius - 12;
        double lineStartX = MARGIN + 3 * radius; // leave the entry visible at the left edge
        perRow = Math.max(1, (int) Math.floor((headX - lineStartX) / spacing) + 1);
        int rowsFit = Math.max(1, (int) Math.floor((h - 2 * MARGIN - 34) / rowSpacing));
        int room = this.capacity > 0 ? Math.min(MAX_SHOWN, this.capacity) : MAX_SHOWN;
        rows = Math.min(rowsFit, (room + perRow - 1) / perRow);
        maxShown = Math.min(room, rows * perRow);
        // The head row lines up with the middle of the server stack; further rows snake below it
        // (moved up only if they would not fit).
        firstRowY = Math.min(h / 2, h - MARGIN - 30 - radius - (rows - 1) * rowSpacing);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Chip radius in pixels. */
    public double radius() {
        return radius;
    }

    /** How many waiting customers fit on the stage (at most {@link #MAX_SHOWN}). */
    public int maxShown() {
        return maxShown;
    }

    /** Radius of a customer chip seated in a server box (smaller when many servers share the height). */
    public double seatRadius() {
        return Math.max(5, Math.min(radius, serverH * 0.42));
    }

    /** Places in the waiting room (0: unlimited). */
    public int capacity() {
        return capacity;
    }

    /**
     * The waiting area drawn behind the line, around every row: from the entry to just past the head,
     * or, for a small limited room on one row, just around its places.
     */
    public Box waitingArea() {
        double pad = 8;
        double left = MARGIN + 2 * radius + pad;
        if (rows == 1 && capacity > 0) {
            left = slot(maxShown - 1).x() - radius - pad;
        }
        double top = firstRowY - radius - pad;
        return new Box(left, top, headX + radius + pad - left, (rows - 1) * rowSpacing + 2 * (radius + pad));
    }

    /** Where the "+N more" label of a long line goes (left end, under the last row). */
    public Point moreLabel() {
        double y = firstRowY + (rows - 1) * rowSpacing + radius + 24;
        return new Point(MARGIN, Math.min(height - 8, y));
    }

    /** Where an arriving customer appears. */
    public Point entry() {
        return new Point(MARGIN + radius, height / 2);
    }

    /** Centre of waiting slot {@code index} (0 = head); rows snake back and forth. */
    public Point slot(int index) {
        int row = index / perRow;
        int col = index % perRow;
        int fromRight = row % 2 == 0 ? col : perRow - 1 - col;
        return new Point(headX - fromRight * spacing, firstRowY + row * rowSpacing);
    }

    /** A position between slots, for a line that is moving up. */
    public Point slot(double index) {
        int lower = (int) Math.floor(Math.max(0, index));
        double f = Math.max(0, index) - lower;
        Point a = slot(lower);
        return f == 0 ? a : a.lerp(slot(lower + 1), f);
    }

    /** The box of server {@code server} (0-based), stacked from the top. */
    public Box server(int server) {
        return new Box(serverX, serverTop + server * (serverH + serverGap), serverW, serverH);
    }

    /** Where a customer sits inside its server's box. */
    public Point seat(int server) {
        Box b = server(server);
        return new Point(b.x() + Math.min(radius + 12, b.w() / 4), b.y() + b.h() / 2);
    }

    /** Where a served customer steps out of its server's box: the box's right edge, level with its seat. */
    public Point door(int server) {
        Box b = server(server);
        return new Point(b.x() + b.w() + seatRadius() * 0.5, seat(server).y());
    }

    /** Where a departing customer leaves the stage (past the right edge, level with its server). */
    public Point exit(int server) {
        return new Point(width + radius + 2, seat(server).y());
    }

    /** Number of server boxes laid out. */
    public int servers() {
        return servers;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
