package dev.podium.world.goruntime.rt;

/** A goroutine waiting on a channel (runtime2.go's sudog): a node of a channel's FIFO sendq or recvq. */
final class Sudog {
    final G g;
    final Hchan c;
    /** The value a sender carries, or the value a receiver got. */
    Object elem;
    /** Zero value of the channel's element, for a receiver woken by close. */
    final Object zero;
    Sudog next;
    Sudog prev;
    /** The next sudog of the same select. */
    Sudog waitlink;
    /** Its case in a select, or -1. */
    final int caseIndex;
    final boolean send;
    boolean queued;

    Sudog(G g, Hchan c, Object elem, Object zero, int caseIndex, boolean send) {
        this.g = g;
        this.c = c;
        this.elem = elem;
        this.zero = zero;
        this.caseIndex = caseIndex;
        this.send = send;
    }
}
