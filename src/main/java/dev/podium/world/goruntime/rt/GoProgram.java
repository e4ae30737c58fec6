package dev.podium.world.goruntime.rt;

/**
 * A compiled program as the runtime starts it: the body of the main goroutine and how to show a value in views
 * and events. Implemented by the interpreter (package {@code exec}).
 */
public interface GoProgram {

    /** The file name, as tracebacks print it (e.g. {@code prog.go}). */
    String fileName();

    /**
     * A new body for the main goroutine: package-level variables initialised, then {@code init} functions, then
     * {@code main.main}.
     */
    GoBody main();

    /** A value as {@code fmt.Sprint} would print it, shortened to at most {@code maxChars} characters with "…". */
    String show(Object value, int maxChars);

    /** The source text as compiled, for views and recordings; "" when unknown. */
    default String source() {
        return "";
    }

    /**
     * A new body that calls the top-level function {@code name} with {@code args} (a Long, Double, Boolean or Java
     * String for each parameter, by its type), as {@code go name(args...)} would; its results are dropped. Null when
     * the program has no such function or the arguments do not fit its parameters.
     */
    default GoBody function(String name, Object[] args) {
        return null;
    }
}
