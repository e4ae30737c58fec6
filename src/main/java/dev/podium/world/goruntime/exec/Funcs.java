package dev.podium.world.goruntime.exec;

/** Go function values: closures over compiled code, native functions, and method values bound to a receiver. */
final class Funcs {
    private Funcs() {
    }

    /** A compiled function with the cells it captured (empty for a top-level function). */
    record Closure(Code code, Object[] free) {
    }

    /** A function implemented in Java (a cancel function, a native method value). */
    interface Native {
        /** Runs with the arguments; pushes its results on {@code caller}'s stack, or asks for an Op. */
        void call(Machine m, Frame caller, Object[] args);
    }

    /** {@code x.Method} as a value: the function with its receiver as the first argument. */
    record Bound(Object fn, Object recv) {
    }
}
