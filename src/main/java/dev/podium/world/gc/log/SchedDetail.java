package dev.podium.world.gc.log;

/**
 * One line of scheddetail's per-P, per-M or per-G block, under the {@link SchedSample} before it. Ids missing in the
 * trace ({@code nil}, or {@code -1} before Go 1.21) are -1.
 *
 * @param kind P, M or G
 * @param id the P's, M's or G's number
 * @param status the P's status (0 idle, 1 running, 2 syscall, 3 gcstop, 4 dead) or the G's status number; -1 for
 *     an M
 * @param waitReason a G's wait reason as printed in parentheses after its status ({@code chan receive}); empty
 * @param peer a P's M, an M's P, a G's M; -1 for none
 * @param runQueue a P's {@code runqsize}; an M's current G ({@code curg}); -1 for a G
 */
public record SchedDetail(char kind, long id, int status, String waitReason, long peer, long runQueue) {
}
