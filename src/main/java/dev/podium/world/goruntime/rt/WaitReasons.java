package dev.podium.world.goruntime.rt;

/** Go's wait reasons (runtime2.go's waitReasonStrings), as tracebacks print them in brackets. */
final class WaitReasons {
    static final String CHAN_RECEIVE = "chan receive";
    static final String CHAN_SEND = "chan send";
    static final String CHAN_RECEIVE_NIL = "chan receive (nil chan)";
    static final String CHAN_SEND_NIL = "chan send (nil chan)";
    static final String SELECT = "select";
    static final String SELECT_NO_CASES = "select (no cases)";
    static final String SLEEP = "sleep";
    static final String MUTEX_LOCK = "sync.Mutex.Lock";
    static final String RWMUTEX_RLOCK = "sync.RWMutex.RLock";
    static final String RWMUTEX_LOCK = "sync.RWMutex.Lock";
    static final String WAITGROUP_WAIT = "sync.WaitGroup.Wait";
    static final String COND_WAIT = "sync.Cond.Wait";

    private WaitReasons() {
    }
}
