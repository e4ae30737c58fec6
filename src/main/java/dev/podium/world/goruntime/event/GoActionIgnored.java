package dev.podium.world.goruntime.event;

/**
 * An action from outside the program (a scenario's or a user's: {@code addGoroutine}, {@code blockSyscall},
 * {@code unblockSyscall}) could not apply at this instant and changed nothing.
 *
 * @param action the verb's name
 * @param g the goroutine it named (0 for none)
 * @param reason why it was ignored
 * @param status the goroutine's state at that instant ({@link GStatus#DEAD} when it has ended or never existed)
 * @param detail more about the reason: the function's name for {@link IgnoredReason#NO_SUCH_FUNCTION}, else ""
 */
public record GoActionIgnored(long timeNanos, String action, long g, IgnoredReason reason, GStatus status,
                            String detail) implements GoEvent {
}
