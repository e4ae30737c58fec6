package dev.podium.world.goruntime.exec;

import java.util.Arrays;

/**
 * One activation of a {@link Code} on a goroutine's stack: locals and operand stack in one array, the program
 * counter, the closure's captured cells and the deferred calls. Deliberately small: a parked goroutine is mostly
 * its frames.
 */
final class Frame {
    final Code code;
    final Frame parent;
    final Object[] free;
    Object[] s;
    int sp;
    int pc;
    /** Deferred calls, innermost last: pairs of (function, Object[] args). */
    Object[] defers;
    int ndefers;
    /** 1: this frame runs a deferred call; 2: this frame is a synchronous call's sentinel. */
    byte kind;

    Frame(Code code, Frame parent, Object[] free) {
        this.code = code;
        this.parent = parent;
        this.free = free;
        this.s = new Object[code.nlocals + 3];
        this.sp = code.nlocals;
    }

    void push(Object v) {
        if (sp == s.length) {
            s = Arrays.copyOf(s, s.length * 2);
        }
        s[sp++] = v;
    }

    Object pop() {
        Object v = s[--sp];
        s[sp] = null;
        return v;
    }

    Object peek() {
        return s[sp - 1];
    }

    long popLong() {
        return (Long) pop();
    }

    void defer(Object fn, Object[] args) {
        if (defers == null) {
            defers = new Object[4];
        } else if (ndefers * 2 == defers.length) {
            defers = Arrays.copyOf(defers, defers.length * 2);
        }
        defers[ndefers * 2] = fn;
        defers[ndefers * 2 + 1] = args;
        ndefers++;
    }

    int line() {
        int at = Math.max(0, Math.min(pc - 1, code.lines.length - 1));
        return code.lines.length == 0 ? 0 : code.lines[at];
    }
}
