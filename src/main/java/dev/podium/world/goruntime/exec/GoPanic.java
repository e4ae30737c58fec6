package dev.podium.world.goruntime.exec;

/**
 * Thrown by an instruction or a native function to raise a Go panic in the running goroutine; the machine turns
 * it into Go's panic (deferred calls, recover). Carries the panic value ({@link GoError} for run-time errors).
 */
final class GoPanic extends RuntimeException {
    final transient Object value;

    GoPanic(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** A run-time error panic: {@code runtime error: <msg>}. */
    static GoPanic runtime(String msg) {
        return new GoPanic(GoError.runtime("runtime error: " + msg));
    }
}
