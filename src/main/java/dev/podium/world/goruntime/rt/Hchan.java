package dev.podium.world.goruntime.rt;

/**
 * A channel (runtime/chan.go's hchan): created only by the runtime ({@link Op.MakeChan}); the interpreter holds it
 * as a Go channel value and reads its length and capacity ({@code len(ch)}, {@code cap(ch)}).
 */
public final class Hchan {
    private final long id;
    final int dataqsiz;
    int qcount;
    /** The ring buffer (null when unbuffered), with its send and receive indexes. */
    final Object[] buf;
    int sendx;
    int recvx;
    boolean closed;
    /** Go 1.23 timer channel: synchronous to the program (len and cap 0), one slot inside. */
    final boolean timer;
    final String elemType;
    /** FIFO wait queues of sudogs (chan.go's recvq and sendq). */
    Sudog recvqFirst;
    Sudog recvqLast;
    Sudog sendqFirst;
    Sudog sendqLast;

    Hchan(long id, int capacity) {
        this(id, capacity, "", false);
    }

    Hchan(long id, int capacity, String elemType, boolean timer) {
        this.id = id;
        this.dataqsiz = capacity;
        this.buf = capacity > 0 ? new Object[capacity] : null;
        this.elemType = elemType;
        this.timer = timer;
    }

    /** The channel's id in events (from 1, in order of creation). */
    public long id() {
        return id;
    }

    /** {@code cap(ch)} (0 for a timer's channel, as in Go 1.23). */
    public int cap() {
        return timer ? 0 : dataqsiz;
    }

    /** {@code len(ch)}: values buffered now (0 for a timer's channel, as in Go 1.23). */
    public int len() {
        return timer ? 0 : qcount;
    }
}
