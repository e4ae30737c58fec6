package dev.podium.ui.queue;

/**
 * Something drawn on the queue stage in the last frame, for hit-testing clicks: a customer chip or a
 * server box, with its bounds in stage-canvas pixels. Toolkit-free.
 *
 * @param customer the customer's number, or 0 for an idle server
 * @param server the server index (0-based), or -1 for a customer not at a server
 */
record StageHit(Kind kind, long customer, int server, double x, double y, double w, double h) {

    /** What was drawn. */
    enum Kind { WAITING, SERVING, LEAVING, REJECTED, SERVER }

    boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    static StageHit chip(Kind kind, long customer, int server, double cx, double cy, double r) {
        return new StageHit(kind, customer, server, cx - r, cy - r, 2 * r, 2 * r);
    }
}
