package dev.podium.world.goruntime.exec;

/**
 * A native error value: {@code errors.New} (*errors.errorString), {@code fmt.Errorf} (*fmt.wrapError when it
 * wraps), a run-time error, or the context package's errors. Compared by identity, as Go compares pointers.
 */
final class GoError {
    final String msg;
    final Object wrapped;
    final String typeName;

    GoError(String msg, Object wrapped, String typeName) {
        this.msg = msg;
        this.wrapped = wrapped;
        this.typeName = typeName;
    }

    static GoError runtime(String msg) {
        return new GoError(msg, null, "runtime.Error");
    }

    static final GoError CANCELED = new GoError("context canceled", null, "*errors.errorString");
    static final GoError DEADLINE = new GoError("context deadline exceeded", null, "context.deadlineExceededError");

    @Override
    public String toString() {
        return msg;
    }
}
