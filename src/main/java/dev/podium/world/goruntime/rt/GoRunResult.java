package dev.podium.world.goruntime.rt;

/**
 * What a program run produced, as a shell sees a compiled Go program: its standard output and standard error,
 * byte for byte, and its exit status.
 *
 * @param stdout everything written to fd 1
 * @param stderr everything written to fd 2, then the runtime's panic or fatal error text
 * @param exitStatus 0, os.Exit's code, or 2 for a panic or fatal error; -1 while the program still runs
 * @param endNanos the simulated time at which it ended (or the time so far)
 */
public record GoRunResult(String stdout, String stderr, int exitStatus, long endNanos) {

    /** Whether the program has ended. */
    public boolean ended() {
        return exitStatus >= 0;
    }
}
