package dev.podium.live.guard;

import java.time.Instant;

/**
 * The user's confirmation of one change: the next request matching {@link #request()} before
 * {@link #expiresAt()} may leave the client, once. Issued by {@link ReadOnlyGuard#confirm(ChangeRequest)}.
 * Thread-safe.
 */
public final class ChangeTicket {

    private final ChangeRequest request;
    private final Instant expiresAt;
    private volatile boolean spent;

    ChangeTicket(ChangeRequest request, Instant expiresAt) {
        this.request = request;
        this.expiresAt = expiresAt;
    }

    /** What the user confirmed. */
    public ChangeRequest request() {
        return request;
    }

    /** After this the ticket lets nothing through. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** Withdraws the confirmation (the user cancelled). */
    public void cancel() {
        spent = true;
    }

    /** Whether the ticket was used or cancelled. */
    public boolean isSpent() {
        return spent;
    }

    synchronized boolean spendIfMatches(ChangeRequest actual, Instant now) {
        if (spent || !now.isBefore(expiresAt) || !request.equals(actual)) {
            return false;
        }
        spent = true;
        return true;
    }
}
