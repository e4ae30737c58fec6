package dev.podium.ui.goruntime;

/**
 * Something drawn that the inspector can name: a goroutine, a P, an M or a channel, with its box in the
 * coordinates of the canvas it was drawn on.
 *
 * @param kind what it is
 * @param id its goid, P, M or channel id
 */
record Hit(Kind kind, long id, double x, double y, double w, double h) {
    enum Kind { GOROUTINE, P, M, CHANNEL }

    boolean contains(double px, double py) {
        return px >= x && px < x + w && py >= y && py < y + h;
    }
}
