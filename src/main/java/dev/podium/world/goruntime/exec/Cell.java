package dev.podium.world.goruntime.exec;

/** A variable captured by a closure: the closure and its declaring function share this box. */
final class Cell {
    Object v;

    Cell(Object v) {
        this.v = v;
    }
}
