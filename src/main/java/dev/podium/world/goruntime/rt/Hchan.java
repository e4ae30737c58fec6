package dev.podium.world.goruntime.rt;

/**
 * A channel (runtime/chan.go's hchan): created only by the runtime ({@link Op.MakeChan}); the interpreter holds it
 * as a Go channel value and reads its length and capacity ({@code len(ch)}, {@code cap(ch)}).
 */
public final class Hchan {
    private final long id;
    private final int dataqsiz;
    private int qcount;

    Hchan(long id, int capacity) {
        this.id = id;
        this.dataqsiz = capacity;
    }

    /** The channel's id in events (from 1, in order of creation). */
    public long id() {
        return id;
    }

    /** {@code cap(ch)}. */
    public int cap() {
        return dataqsiz;
    }

    /** {@code len(ch)}: values buffered now. */
    public int len() {
        return qcount;
    }
}
