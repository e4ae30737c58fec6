package dev.podium.world.goruntime.event;

/**
 * The program's source, recorded at time 0 right after {@link RuntimeStarted}, so that a recording shows the code
 * beside the scheduler when it is replayed without the file (an inline program, a file that moved). {@code source}
 * is the text exactly as compiled; {@code fileName} is the name tracebacks print.
 */
public record GoProgramLoaded(long timeNanos, String fileName, String source) implements GoEvent {
}
