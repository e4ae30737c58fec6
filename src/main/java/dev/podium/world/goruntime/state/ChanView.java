package dev.podium.world.goruntime.state;

/**
 * A channel as the channel view draws it: its ring buffer (each slot's value as shown, "" when empty), sendx,
 * recvx, qcount, closed, and the goroutines parked in its sendq and recvq (FIFO, head first). Read-only to views;
 * the projection copies it before changing it when a checkpoint shares it.
 */
public final class ChanView {
    private final long id;
    private final String elemType;
    private final int capacity;
    String[] buf;
    int qcount;
    int sendx;
    int recvx;
    boolean closed;
    CowLongDeque sendq;
    CowLongDeque recvq;
    /** The state that may change this object in place (see GoState's copy-on-write). */
    Object owner;

    ChanView(long id, String elemType, int capacity, Object owner) {
        this.id = id;
        this.elemType = elemType;
        this.capacity = capacity;
        this.buf = new String[capacity];
        java.util.Arrays.fill(buf, "");
        this.sendq = new CowLongDeque();
        this.recvq = new CowLongDeque();
        this.owner = owner;
    }

    ChanView copyFor(Object newOwner) {
        ChanView c = new ChanView(id, elemType, 0, newOwner);
        c.buf = buf.clone();
        c.qcount = qcount;
        c.sendx = sendx;
        c.recvx = recvx;
        c.closed = closed;
        c.sendq = sendq.copy();
        c.recvq = recvq.copy();
        return c;
    }

    public long id() {
        return id;
    }

    public String elemType() {
        return elemType;
    }

    /** The buffer's size (cap for an ordinary channel; 1 for a timer's channel). */
    public int capacity() {
        return buf.length;
    }

    /** The value shown in slot i, or "" if empty. */
    public String slot(int i) {
        return buf[i];
    }

    public int qcount() {
        return qcount;
    }

    public int sendx() {
        return sendx;
    }

    public int recvx() {
        return recvx;
    }

    public boolean closed() {
        return closed;
    }

    /** Goroutines parked to send, head first. */
    public long[] sendq() {
        return sendq.toArray();
    }

    /** Goroutines parked to receive, head first. */
    public long[] recvq() {
        return recvq.toArray();
    }

    public int sendqSize() {
        return sendq.size();
    }

    public int recvqSize() {
        return recvq.size();
    }
}
