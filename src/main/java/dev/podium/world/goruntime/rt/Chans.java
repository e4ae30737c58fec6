package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.ChanBufferChanged;
import dev.podium.world.goruntime.event.ChanClosed;
import dev.podium.world.goruntime.event.ChanHandedOff;
import dev.podium.world.goruntime.event.ChanMade;
import dev.podium.world.goruntime.event.ChanParked;
import dev.podium.world.goruntime.event.ChanUnparked;
import dev.podium.world.goruntime.event.SelectChose;
import java.util.ArrayList;
import java.util.List;

/**
 * chan.go and select.go: send, receive and close on hchan's ring buffer and FIFO wait queues, with direct hand-off
 * to a waiting peer, and select's random poll order, lock order and parking on every channel (reference §2.3–2.4).
 */
final class Chans {
    static final String SEND_ON_CLOSED = "send on closed channel";
    private static final Op.Fault SEND_ON_CLOSED_FAULT = new Op.Fault(SEND_ON_CLOSED);

    private final GoRuntime rt;
    private long nextId = 1;

    Chans(GoRuntime rt) {
        this.rt = rt;
    }

    /** makechan. */
    Hchan make(G g, String elemType, int capacity, int line) {
        return make(g == null ? 0 : g.goid, elemType, capacity, line, false);
    }

    Hchan make(long goid, String elemType, int capacity, int line, boolean timer) {
        if (capacity < 0) {
            throw new IllegalArgumentException("makechan: size out of range");
        }
        Hchan c = new Hchan(nextId++, capacity, elemType == null ? "" : elemType, timer);
        rt.emit(new ChanMade(rt.now(), c.id(), c.elemType, capacity, goid, line));
        return c;
    }

    // ---- send and receive ----

    /** chansend. */
    int send(G g, Op.Send op) {
        Hchan c = op.ch();
        if (c == null) {
            rt.park(g, WaitReasons.CHAN_SEND_NIL);
            return GoRuntime.PARKED;
        }
        if (c.closed) {
            g.result = SEND_ON_CLOSED_FAULT;
            return GoRuntime.CONTINUE;
        }
        Sudog sg = dequeue(c, true);
        if (sg != null) {
            deliver(c, sg, op.value(), g.goid);
            return GoRuntime.CONTINUE;
        }
        if (c.qcount < c.dataqsiz) {
            bufput(c, op.value());
            return GoRuntime.CONTINUE;
        }
        Sudog mine = new Sudog(g, c, op.value(), null, -1, true);
        enqueue(c, mine, true);
        rt.emit(new ChanParked(rt.now(), c.id(), g.goid, true, rt.show(op.value()), -1));
        rt.park(g, WaitReasons.CHAN_SEND);
        return GoRuntime.PARKED;
    }

    /** chanrecv. */
    int recv(G g, Op.Recv op) {
        Hchan c = op.ch();
        if (c == null) {
            rt.park(g, WaitReasons.CHAN_RECEIVE_NIL);
            return GoRuntime.PARKED;
        }
        if (c.closed) {
            if (c.qcount == 0) {
                g.result = new Op.Received(op.zero(), false);
                return GoRuntime.CONTINUE;
            }
        } else {
            Sudog sg = dequeue(c, false);
            if (sg != null) {
                g.result = new Op.Received(recvFromSender(c, sg, g.goid), true);
                return GoRuntime.CONTINUE;
            }
        }
        if (c.qcount > 0) {
            g.result = new Op.Received(bufget(c), true);
            return GoRuntime.CONTINUE;
        }
        Sudog mine = new Sudog(g, c, null, op.zero(), -1, false);
        enqueue(c, mine, false);
        rt.emit(new ChanParked(rt.now(), c.id(), g.goid, false, "", -1));
        rt.park(g, WaitReasons.CHAN_RECEIVE);
        return GoRuntime.PARKED;
    }

    /** A value sent by goroutine {@code from} (0: the runtime, e.g. a timer) to a parked receiver. */
    private void deliver(Hchan c, Sudog receiver, Object value, long from) {
        rt.emit(new ChanHandedOff(rt.now(), c.id(), from, receiver.g.goid, rt.show(value)));
        receiver.g.result = receiver.caseIndex >= 0 ? new Op.Selected(receiver.caseIndex, value, true)
                : new Op.Received(value, true);
        rt.ready(receiver.g);
    }

    /** recv with a parked sender: unbuffered takes its value; buffered (full) takes the head and refills it. */
    private Object recvFromSender(Hchan c, Sudog sender, long to) {
        Object value;
        if (c.dataqsiz == 0) {
            value = sender.elem;
            rt.emit(new ChanHandedOff(rt.now(), c.id(), sender.g.goid, to, rt.show(value)));
        } else {
            int slot = c.recvx;
            value = c.buf[slot];
            c.buf[slot] = sender.elem;
            c.recvx = (c.recvx + 1) % c.dataqsiz;
            c.sendx = c.recvx;
            rt.emit(new ChanBufferChanged(rt.now(), c.id(), slot, rt.show(sender.elem), c.qcount, c.sendx,
                    c.recvx));
        }
        sender.g.result = sender.caseIndex >= 0 ? new Op.Selected(sender.caseIndex, null, false) : null;
        rt.ready(sender.g);
        return value;
    }

    void bufput(Hchan c, Object value) {
        int slot = c.sendx;
        c.buf[slot] = value;
        c.sendx = (c.sendx + 1) % c.dataqsiz;
        c.qcount++;
        rt.emit(new ChanBufferChanged(rt.now(), c.id(), slot, rt.show(value), c.qcount, c.sendx, c.recvx));
    }

    Object bufget(Hchan c) {
        int slot = c.recvx;
        Object value = c.buf[slot];
        c.buf[slot] = null;
        c.recvx = (c.recvx + 1) % c.dataqsiz;
        c.qcount--;
        rt.emit(new ChanBufferChanged(rt.now(), c.id(), slot, "", c.qcount, c.sendx, c.recvx));
        return value;
    }

    /**
     * A send by the runtime that never blocks (a timer's tick): to a parked receiver, else into a free slot, else
     * dropped. Returns whether the value was delivered or buffered.
     */
    boolean sendNonBlocking(Hchan c, Object value) {
        if (c.closed) {
            return false;
        }
        Sudog sg = dequeue(c, true);
        if (sg != null) {
            deliver(c, sg, value, 0);
            return true;
        }
        if (c.qcount < c.dataqsiz) {
            bufput(c, value);
            return true;
        }
        return false;
    }

    // ---- close ----

    /** closechan from a goroutine. */
    int close(G g, Op.Close op) {
        Hchan c = op.ch();
        if (c == null) {
            g.result = new Op.Fault("close of nil channel");
            return GoRuntime.CONTINUE;
        }
        if (c.closed) {
            g.result = new Op.Fault("close of closed channel");
            return GoRuntime.CONTINUE;
        }
        closeChan(c, g.goid, g.body.line());
        return GoRuntime.CONTINUE;
    }

    /**
     * Closes c: every receiver gets the zero value with ok false, every sender panics; they are readied after
     * collecting, in reverse (Go pushes them on a stack), so the first receiver ends up in runnext.
     */
    void closeChan(Hchan c, long goid, int line) {
        c.closed = true;
        rt.emit(new ChanClosed(rt.now(), c.id(), goid, line));
        List<G> glist = new ArrayList<>();
        Sudog sg;
        while ((sg = dequeue(c, true)) != null) {
            sg.g.result = sg.caseIndex >= 0 ? new Op.Selected(sg.caseIndex, sg.zero, false)
                    : new Op.Received(sg.zero, false);
            glist.add(sg.g);
        }
        while ((sg = dequeue(c, false)) != null) {
            sg.g.result = SEND_ON_CLOSED_FAULT;
            glist.add(sg.g);
        }
        for (int i = glist.size() - 1; i >= 0; i--) {
            rt.ready(glist.get(i));
        }
    }

    // ---- wait queues ----

    private void enqueue(Hchan c, Sudog sg, boolean sendq) {
        sg.queued = true;
        if (sendq) {
            sg.prev = c.sendqLast;
            if (c.sendqLast == null) {
                c.sendqFirst = sg;
            } else {
                c.sendqLast.next = sg;
            }
            c.sendqLast = sg;
        } else {
            sg.prev = c.recvqLast;
            if (c.recvqLast == null) {
                c.recvqFirst = sg;
            } else {
                c.recvqLast.next = sg;
            }
            c.recvqLast = sg;
        }
    }

    private void unlink(Sudog sg) {
        Hchan c = sg.c;
        if (sg.prev != null) {
            sg.prev.next = sg.next;
        } else if (sg.send) {
            c.sendqFirst = sg.next;
        } else {
            c.recvqFirst = sg.next;
        }
        if (sg.next != null) {
            sg.next.prev = sg.prev;
        } else if (sg.send) {
            c.sendqLast = sg.prev;
        } else {
            c.recvqLast = sg.prev;
        }
        sg.next = null;
        sg.prev = null;
        sg.queued = false;
        rt.emit(new ChanUnparked(rt.now(), c.id(), sg.g.goid, sg.send));
    }

    /**
     * waitq.dequeue: the first sudog of the recvq ({@code recvq}) or sendq. A select's sudog wins its select: the
     * goroutine's other sudogs leave their queues at once (select.go's pass 3).
     */
    private Sudog dequeue(Hchan c, boolean recvq) {
        Sudog sg = recvq ? c.recvqFirst : c.sendqFirst;
        if (sg == null) {
            return null;
        }
        unlink(sg);
        if (sg.caseIndex >= 0) {
            G g = sg.g;
            for (Sudog other = g.waiting; other != null; other = other.waitlink) {
                if (other != sg && other.queued) {
                    unlink(other);
                }
            }
            g.waiting = null;
            rt.emit(new SelectChose(rt.now(), g.goid, g.body.line(), sg.caseIndex, List.of(sg.caseIndex)));
        }
        return sg;
    }

    // ---- select ----

    /** selectgo. */
    int select(G g, Op.Select op) {
        List<Op.SelectCase> cases = op.cases();
        int n = cases.size();
        int[] pollorder = new int[n];
        int norder = 0;
        for (int i = 0; i < n; i++) {
            if (cases.get(i).ch() == null) {
                continue;
            }
            int j = rt.selectRandom.nextInt(norder + 1);
            pollorder[norder] = pollorder[j];
            pollorder[j] = i;
            norder++;
        }
        if (norder == 0 && !op.hasDefault()) {
            rt.park(g, n == 0 ? WaitReasons.SELECT_NO_CASES : WaitReasons.SELECT);
            return GoRuntime.PARKED;
        }
        List<Integer> ready = readyCases(cases);
        for (int k = 0; k < norder; k++) {
            int i = pollorder[k];
            Op.SelectCase sc = cases.get(i);
            Hchan c = sc.ch();
            if (sc.send()) {
                if (c.closed) {
                    chose(g, op, i, ready);
                    g.result = SEND_ON_CLOSED_FAULT;
                    return GoRuntime.CONTINUE;
                }
                if (c.recvqFirst != null) {
                    chose(g, op, i, ready);
                    deliver(c, dequeue(c, true), sc.value(), g.goid);
                    g.result = new Op.Selected(i, null, false);
                    return GoRuntime.CONTINUE;
                }
                if (c.qcount < c.dataqsiz) {
                    chose(g, op, i, ready);
                    bufput(c, sc.value());
                    g.result = new Op.Selected(i, null, false);
                    return GoRuntime.CONTINUE;
                }
            } else {
                if (c.sendqFirst != null) {
                    chose(g, op, i, ready);
                    Object v = recvFromSender(c, dequeue(c, false), g.goid);
                    g.result = new Op.Selected(i, v, true);
                    return GoRuntime.CONTINUE;
                }
                if (c.qcount > 0) {
                    chose(g, op, i, ready);
                    g.result = new Op.Selected(i, bufget(c), true);
                    return GoRuntime.CONTINUE;
                }
                if (c.closed) {
                    chose(g, op, i, ready);
                    g.result = new Op.Selected(i, sc.zero(), false);
                    return GoRuntime.CONTINUE;
                }
            }
        }
        if (op.hasDefault()) {
            chose(g, op, -1, ready);
            g.result = new Op.Selected(-1, null, false);
            return GoRuntime.CONTINUE;
        }
        // pass 2: a sudog on every channel, in lock order (by channel id, standing in for hchan's address)
        Integer[] lockorder = new Integer[norder];
        for (int k = 0; k < norder; k++) {
            lockorder[k] = pollorder[k];
        }
        java.util.Arrays.sort(lockorder, (a, b) -> {
            int byId = Long.compare(cases.get(a).ch().id(), cases.get(b).ch().id());
            return byId != 0 ? byId : Integer.compare(a, b);
        });
        Sudog chain = null;
        for (int k = norder - 1; k >= 0; k--) {
            int i = lockorder[k];
            Op.SelectCase sc = cases.get(i);
            Sudog sg = new Sudog(g, sc.ch(), sc.send() ? sc.value() : null, sc.zero(), i, sc.send());
            sg.waitlink = chain;
            chain = sg;
        }
        g.waiting = chain;
        for (Sudog sg = chain; sg != null; sg = sg.waitlink) {
            enqueue(sg.c, sg, sg.send);
            rt.emit(new ChanParked(rt.now(), sg.c.id(), g.goid, sg.send, sg.send ? rt.show(sg.elem) : "",
                    sg.caseIndex));
        }
        rt.park(g, WaitReasons.SELECT);
        return GoRuntime.PARKED;
    }

    private void chose(G g, Op.Select op, int index, List<Integer> ready) {
        rt.emit(new SelectChose(rt.now(), g.goid, op.site(), index, ready));
    }

    private static List<Integer> readyCases(List<Op.SelectCase> cases) {
        List<Integer> ready = new ArrayList<>(2);
        for (int i = 0; i < cases.size(); i++) {
            Op.SelectCase sc = cases.get(i);
            Hchan c = sc.ch();
            if (c == null) {
                continue;
            }
            boolean r = sc.send() ? c.closed || c.recvqFirst != null || c.qcount < c.dataqsiz
                    : c.sendqFirst != null || c.qcount > 0 || c.closed;
            if (r) {
                ready.add(i);
            }
        }
        return List.copyOf(ready);
    }
}
