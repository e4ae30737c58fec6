package dev.podium.world.goruntime.rt;

import java.util.List;

/**
 * A request from a goroutine to the runtime ({@link Yield.Call}). Each says what its result is: the object the
 * runtime passes to the goroutine's next {@link GoBody#resume} once the operation completed (at once, or after
 * the goroutine was parked and readied). An operation that fails with a Go run-time panic has the result {@link
 * Fault}; one that kills the program (a fatal error, such as unlocking an unlocked mutex) never returns.
 *
 * <p>Handles ({@link Hchan}, {@link Mutex}, ...) are the runtime's objects; the interpreter holds them as the
 * values of Go channels and sync variables. {@code site} is the source line of the operation, for events and
 * views. Values are the interpreter's objects; the runtime moves them without looking inside, except through
 * {@link GoProgram#show} for views.
 */
public sealed interface Op {

    /** The source line (1-based) of the statement doing the operation. */
    int site();

    /** A failed operation's result: raise this run-time panic in the goroutine (e.g. "send on closed channel"). */
    record Fault(String message) {
    }

    // ---- goroutines and scheduling ----

    /** {@code go f(args)}: a new goroutine running {@code body}, created at {@code site}. Result: none. */
    record Go(int site, GoBody body, String function) implements Op {
    }

    /** {@code runtime.Gosched()}: yield the P; the goroutine goes to the global run queue. Result: none. */
    record Gosched(int site) implements Op {
    }

    /** {@code runtime.GOMAXPROCS(n)} (n ≤ 0 only reads). Result: the previous value, an {@link Integer}. */
    record SetMaxProcs(int site, int n) implements Op {
    }

    /** {@code podium.Syscall(d)}: a blocking system call of {@code nanos}; the P may be handed off. Result: none. */
    record Syscall(int site, long nanos) implements Op {
    }

    /** {@code time.Sleep(d)}: park on a timer for {@code nanos} (≤ 0 returns at once). Result: none. */
    record Sleep(int site, long nanos) implements Op {
    }

    /** Output of {@code fmt.Print*} ({@code fd} 1) or {@code println}/{@code print} (fd 2). Result: none. */
    record Write(int site, int fd, String text) implements Op {
    }

    // ---- channels ----

    /** {@code make(chan T, capacity)}: a new channel. Result: the {@link Hchan}. */
    record MakeChan(int site, String elemType, int capacity) implements Op {
    }

    /** {@code ch <- v} ({@code ch} null for a nil channel: blocks forever). Result: none, or a {@link Fault}. */
    record Send(int site, Hchan ch, Object value) implements Op {
    }

    /**
     * {@code <-ch} ({@code ch} null for a nil channel). {@code zero} is the element type's zero value, received
     * from a closed channel. Result: a {@link Received}.
     */
    record Recv(int site, Hchan ch, Object zero) implements Op {
    }

    /** What a receive got: the value and whether it came from a send ({@code ok}). */
    record Received(Object value, boolean ok) {
    }

    /** {@code close(ch)}. Result: none, or a {@link Fault} (close of nil channel, close of closed channel). */
    record Close(int site, Hchan ch) implements Op {
    }

    /**
     * A {@code select} statement: its cases in source order and whether it has a {@code default}. Result: a
     * {@link Selected}, or a {@link Fault} (a send case chosen on a closed channel).
     */
    record Select(int site, List<SelectCase> cases, boolean hasDefault) implements Op {
    }

    /**
     * One case of a select: a send of {@code value} ({@code send} true) or a receive with {@code zero} as the
     * element's zero value; {@code ch} null for a nil channel (never chosen).
     */
    record SelectCase(Hchan ch, boolean send, Object value, Object zero) {
    }

    /**
     * The case a select took: its index in {@link Select#cases}, or -1 for {@code default}; for a receive, the
     * value and {@code ok}.
     */
    record Selected(int index, Object value, boolean ok) {
    }

    // ---- sync ----

    /** {@code m.Lock()}. Result: none. */
    record Lock(int site, Mutex m) implements Op {
    }

    /** {@code m.TryLock()}. Result: a {@link Boolean}. */
    record TryLock(int site, Mutex m) implements Op {
    }

    /** {@code m.Unlock()}. Result: none; unlocking an unlocked mutex is a fatal error. */
    record Unlock(int site, Mutex m) implements Op {
    }

    /** {@code rw.RLock()}. Result: none. */
    record RLock(int site, RWMutex rw) implements Op {
    }

    /** {@code rw.RUnlock()}. Result: none; fatal error when not read-locked. */
    record RUnlock(int site, RWMutex rw) implements Op {
    }

    /** {@code rw.Lock()}. Result: none. */
    record WLock(int site, RWMutex rw) implements Op {
    }

    /** {@code rw.Unlock()}. Result: none; fatal error when not write-locked. */
    record WUnlock(int site, RWMutex rw) implements Op {
    }

    /** {@code wg.Add(delta)} (Done is Add(-1)). Result: none, or a {@link Fault} "sync: negative WaitGroup counter". */
    record WaitGroupAdd(int site, WaitGroup wg, int delta) implements Op {
    }

    /** {@code wg.Wait()}. Result: none. */
    record WaitGroupWait(int site, WaitGroup wg) implements Op {
    }

    /** {@code c.Wait()}: unlock {@code c.L}, park until signalled, lock {@code c.L} again. Result: none. */
    record CondWait(int site, Cond c) implements Op {
    }

    /** {@code c.Signal()} or, with {@code all}, {@code c.Broadcast()}. Result: none. */
    record CondSignal(int site, Cond c, boolean all) implements Op {
    }

    // ---- time ----

    /**
     * {@code time.NewTimer(d)} / {@code time.After(d)} ({@code periodNanos} 0) or {@code time.NewTicker(d)}
     * ({@code periodNanos} = d): a timer whose channel (capacity 1) receives the simulated time when it fires.
     * Result: the {@link Timer}.
     */
    record NewTimer(int site, long nanos, long periodNanos) implements Op {
    }

    /**
     * {@code time.AfterFunc(d, f)}: after {@code nanos}, start a goroutine running {@code body}. Result: the
     * {@link Timer} (its channel is null).
     */
    record AfterFunc(int site, long nanos, GoBody body, String function) implements Op {
    }

    /** {@code t.Stop()}. Result: a {@link Boolean}, true if the call stopped the timer before it fired. */
    record StopTimer(int site, Timer t) implements Op {
    }

    /** {@code t.Reset(d)} (tickers: the new period). Result: a {@link Boolean}, true if the timer had been active. */
    record ResetTimer(int site, Timer t, long nanos) implements Op {
    }

    // ---- context ----

    /**
     * A derived context: {@code context.WithCancel} ({@code deadlineNanos} -1), {@code WithTimeout} and {@code
     * WithDeadline} (an absolute simulated time), {@code WithValue} ({@code key} non-null; never cancels by
     * itself). {@code parent} null is {@code context.Background()} (or TODO). Result: the new {@link Context}.
     */
    record NewContext(int site, Context parent, long deadlineNanos, Object key, Object value) implements Op {
    }

    /**
     * A cancel function called: cancel {@code ctx} and its descendants with {@link Context.Err#CANCELED} (and
     * {@code cause}, null for none), unless already cancelled. Result: none.
     */
    record CancelContext(int site, Context ctx, Object cause) implements Op {
    }
}
