package dev.podium.scenario;

import java.util.Objects;

/**
 * What a simulated process printed and how it ended, as a shell sees a real one: its standard output and standard
 * error, byte for byte, and its exit status. Immutable.
 *
 * @param stdout everything written to standard output
 * @param stderr everything written to standard error
 * @param exitStatus the exit status, 0 to 255; 0 when the process has not ended
 * @param ended whether the process ended within the run (false: it was still running when the run stopped)
 */
public record ProcessOutcome(String stdout, String stderr, int exitStatus, boolean ended) {
    public ProcessOutcome {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        if (exitStatus < 0 || exitStatus > 255) {
            throw new IllegalArgumentException("exit status out of 0..255: " + exitStatus);
        }
    }
}
