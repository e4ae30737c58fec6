package dev.podium.world.goruntime.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard packages a program may import, declared in Go (signatures only, no bodies) and checked by the same
 * checker at first use, so calls into them are checked like any other. The runtime implements each member
 * natively, by package path and name. {@code podium} is the lessons' own package ({@code simulations/go/podium}):
 * {@code Work(d)} burns simulated CPU, {@code Syscall(d)} blocks in a simulated system call.
 *
 * <p>Thread-safe: the packages are built once, during class initialisation of a holder, then only read.
 */
public final class StdLib {

    private static final String TIME = """
            package time
            type Duration int64
            const (
            	Nanosecond  Duration = 1
            	Microsecond          = 1000 * Nanosecond
            	Millisecond          = 1000 * Microsecond
            	Second               = 1000 * Millisecond
            	Minute               = 60 * Second
            	Hour                 = 60 * Minute
            )
            func (d Duration) Nanoseconds() int64
            func (d Duration) Microseconds() int64
            func (d Duration) Milliseconds() int64
            func (d Duration) Seconds() float64
            func (d Duration) Minutes() float64
            func (d Duration) Hours() float64
            func (d Duration) String() string
            func (d Duration) Round(m Duration) Duration
            func (d Duration) Truncate(m Duration) Duration
            type Time struct { ns int64 }
            func Now() Time
            func Since(t Time) Duration
            func Until(t Time) Duration
            func (t Time) Sub(u Time) Duration
            func (t Time) Add(d Duration) Time
            func (t Time) Before(u Time) bool
            func (t Time) After(u Time) bool
            func (t Time) Equal(u Time) bool
            func (t Time) IsZero() bool
            func (t Time) UnixNano() int64
            func (t Time) UnixMilli() int64
            func (t Time) Unix() int64
            func (t Time) String() string
            func Sleep(d Duration)
            func After(d Duration) <-chan Time
            func Tick(d Duration) <-chan Time
            type Timer struct {
            	C <-chan Time
            	r int
            }
            func NewTimer(d Duration) *Timer
            func AfterFunc(d Duration, f func()) *Timer
            func (t *Timer) Stop() bool
            func (t *Timer) Reset(d Duration) bool
            type Ticker struct {
            	C <-chan Time
            	r int
            }
            func NewTicker(d Duration) *Ticker
            func (t *Ticker) Stop()
            func (t *Ticker) Reset(d Duration)
            """;

    private static final String SYNC = """
            package sync
            type Locker interface {
            	Lock()
            	Unlock()
            }
            type Mutex struct { state int32 }
            func (m *Mutex) Lock()
            func (m *Mutex) Unlock()
            func (m *Mutex) TryLock() bool
            type RWMutex struct { w Mutex }
            func (rw *RWMutex) Lock()
            func (rw *RWMutex) Unlock()
            func (rw *RWMutex) RLock()
            func (rw *RWMutex) RUnlock()
            func (rw *RWMutex) TryLock() bool
            func (rw *RWMutex) TryRLock() bool
            func (rw *RWMutex) RLocker() Locker
            type WaitGroup struct { n int64 }
            func (wg *WaitGroup) Add(delta int)
            func (wg *WaitGroup) Done()
            func (wg *WaitGroup) Wait()
            type Once struct { done uint32 }
            func (o *Once) Do(f func())
            func OnceFunc(f func()) func()
            type Cond struct {
            	L Locker
            	n int
            }
            func NewCond(l Locker) *Cond
            func (c *Cond) Wait()
            func (c *Cond) Signal()
            func (c *Cond) Broadcast()
            """;

    private static final String CONTEXT = """
            package context
            import "time"
            type Context interface {
            	Deadline() (deadline time.Time, ok bool)
            	Done() <-chan struct{}
            	Err() error
            	Value(key any) any
            }
            type CancelFunc func()
            type CancelCauseFunc func(cause error)
            var Canceled error
            var DeadlineExceeded error
            func Background() Context
            func TODO() Context
            func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
            func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
            func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
            func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
            func WithValue(parent Context, key, val any) Context
            func WithoutCancel(parent Context) Context
            func Cause(c Context) error
            func AfterFunc(ctx Context, f func()) (stop func() bool)
            """;

    private static final String FMT = """
            package fmt
            type Stringer interface { String() string }
            func Println(a ...any) (n int, err error)
            func Printf(format string, a ...any) (n int, err error)
            func Print(a ...any) (n int, err error)
            func Sprintf(format string, a ...any) string
            func Sprint(a ...any) string
            func Sprintln(a ...any) string
            func Errorf(format string, a ...any) error
            """;

    private static final String ERRORS = """
            package errors
            func New(text string) error
            func Is(err, target error) bool
            func Unwrap(err error) error
            func Join(errs ...error) error
            """;

    private static final String RUNTIME = """
            package runtime
            func GOMAXPROCS(n int) int
            func NumGoroutine() int
            func NumCPU() int
            func Gosched()
            func GC()
            """;

    private static final String RAND = """
            package rand
            func Intn(n int) int
            func Int() int
            func Int63() int64
            func Int63n(n int64) int64
            func Int31n(n int32) int32
            func Float64() float64
            func Perm(n int) []int
            func Shuffle(n int, swap func(i, j int))
            """;

    private static final String STRINGS = """
            package strings
            func Contains(s, substr string) bool
            func ContainsRune(s string, r rune) bool
            func HasPrefix(s, prefix string) bool
            func HasSuffix(s, suffix string) bool
            func Index(s, substr string) int
            func Join(elems []string, sep string) string
            func Split(s, sep string) []string
            func Fields(s string) []string
            func Repeat(s string, count int) string
            func Replace(s, old, new string, n int) string
            func ReplaceAll(s, old, new string) string
            func ToUpper(s string) string
            func ToLower(s string) string
            func TrimSpace(s string) string
            func Trim(s, cutset string) string
            func TrimPrefix(s, prefix string) string
            func TrimSuffix(s, suffix string) string
            func Count(s, substr string) int
            func EqualFold(s, t string) bool
            type Builder struct { buf []byte }
            func (b *Builder) WriteString(s string) (int, error)
            func (b *Builder) WriteByte(c byte) error
            func (b *Builder) WriteRune(r rune) (int, error)
            func (b *Builder) String() string
            func (b *Builder) Len() int
            func (b *Builder) Reset()
            """;

    private static final String SORT = """
            package sort
            func Ints(x []int)
            func Strings(x []string)
            func Float64s(x []float64)
            func Slice(x any, less func(i, j int) bool)
            func SliceStable(x any, less func(i, j int) bool)
            func SearchInts(a []int, x int) int
            func IntsAreSorted(x []int) bool
            """;

    private static final String OS = """
            package os
            func Exit(code int)
            """;

    private static final String LOG = """
            package log
            func Println(v ...any)
            func Printf(format string, v ...any)
            func Print(v ...any)
            """;

    private static final String PODIUM = """
            package podium
            import "time"
            func Work(d time.Duration)
            func Syscall(d time.Duration)
            """;

    /** Import path to declarations, in dependency order. */
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("time", TIME);
        SOURCES.put("sync", SYNC);
        SOURCES.put("context", CONTEXT);
        SOURCES.put("fmt", FMT);
        SOURCES.put("errors", ERRORS);
        SOURCES.put("runtime", RUNTIME);
        SOURCES.put("math/rand", RAND);
        SOURCES.put("strings", STRINGS);
        SOURCES.put("sort", SORT);
        SOURCES.put("os", OS);
        SOURCES.put("log", LOG);
        SOURCES.put("podium", PODIUM);
    }

    private StdLib() {
    }

    private static final class Holder {
        static final Map<String, Package> PACKAGES = build();
    }

    /** The package with this import path, or null if the subset has none. */
    public static Package get(String path) {
        return Holder.PACKAGES.get(path);
    }

    /** The import paths of the subset. */
    public static Set<String> paths() {
        return Collections.unmodifiableSet(SOURCES.keySet());
    }

    private static Map<String, Package> build() {
        Map<String, Package> built = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            String path = e.getKey();
            String file = "$GOROOT/src/" + path + "/podium.go";
            SourceFile sf;
            try {
                sf = GoSource.parse(file, e.getValue());
            } catch (GoProblems p) {
                throw new IllegalStateException(p.getMessage(), p);
            }
            Checker c = new Checker(file, true, path, built::get);
            c.check(sf);
            if (c.hasErrors()) {
                throw new IllegalStateException(String.valueOf(c.problems()));
            }
            built.put(path, new Package(path, sf.pkgName().name(), new LinkedHashMap<>(c.pkgScope.asMap())));
        }
        return Collections.unmodifiableMap(built);
    }

    /** For tests: every package's declarations, to show they check. */
    static List<String> sources() {
        return List.copyOf(SOURCES.values());
    }
}
