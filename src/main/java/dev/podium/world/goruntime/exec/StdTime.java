package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.Timer;
import java.util.Map;

/** package time on simulated time: Now is the slice's start plus the CPU used so far; timers are the runtime's. */
final class StdTime {
    private StdTime() {
    }

    private static long d(Object o) {
        return (Long) o;
    }

    /** A time.Time: the interpreter's, or the nanoseconds a runtime timer sent on its channel. */
    static Natives.Time t(Object o) {
        return o instanceof Long ns ? new Natives.Time(ns, false) : (Natives.Time) o;
    }

    static void register(Map<String, Funcs.Native> r) {
        r.put("time.Now", (m, f, a) -> f.push(new Natives.Time(m.p.now(), false)));
        r.put("time.Since", (m, f, a) -> f.push(m.p.now() - t(a[0]).ns()));
        r.put("time.Until", (m, f, a) -> f.push(t(a[0]).ns() - m.p.now()));
        r.put("time.Sleep", (m, f, a) -> m.call(new Op.Sleep(f.line(), d(a[0])), Machine.A_NONE));
        r.put("time.After", (m, f, a) -> m.call(new Op.NewTimer(f.line(), d(a[0]), 0), Machine.A_TIMER_C));
        r.put("time.Tick", (m, f, a) -> m.call(new Op.NewTimer(f.line(), d(a[0]), d(a[0])), Machine.A_TIMER_C));
        r.put("time.NewTimer", (m, f, a) -> m.call(new Op.NewTimer(f.line(), d(a[0]), 0), Machine.A_PUSH));
        r.put("time.NewTicker", (m, f, a) -> {
            if (d(a[0]) <= 0) {
                throw new GoPanic(GoError.runtime("non-positive interval for NewTicker"));
            }
            m.call(new Op.NewTimer(f.line(), d(a[0]), d(a[0])), Machine.A_PUSH);
        });
        r.put("time.AfterFunc", (m, f, a) -> {
            String name = a[1] instanceof Funcs.Closure c ? c.code().name : "time.AfterFunc.func";
            m.call(new Op.AfterFunc(f.line(), d(a[0]), Machine.start(m.p, a[1], Values.NONE), name),
                    Machine.A_PUSH);
        });
        r.put("time.Timer.Stop", (m, f, a) -> m.call(new Op.StopTimer(f.line(), (Timer) a[0]), Machine.A_PUSH));
        r.put("time.Timer.Reset", (m, f, a) -> m.call(new Op.ResetTimer(f.line(), (Timer) a[0], d(a[1])),
                Machine.A_PUSH));
        r.put("time.Ticker.Stop", (m, f, a) -> m.call(new Op.StopTimer(f.line(), (Timer) a[0]), Machine.A_NONE));
        r.put("time.Ticker.Reset", (m, f, a) -> m.call(new Op.ResetTimer(f.line(), (Timer) a[0], d(a[1])),
                Machine.A_NONE));
        r.put("time.Duration.Nanoseconds", (m, f, a) -> f.push(d(a[0])));
        r.put("time.Duration.Microseconds", (m, f, a) -> f.push(d(a[0]) / 1_000));
        r.put("time.Duration.Milliseconds", (m, f, a) -> f.push(d(a[0]) / 1_000_000));
        r.put("time.Duration.Seconds", (m, f, a) -> f.push(part(d(a[0]), 1_000_000_000L)));
        r.put("time.Duration.Minutes", (m, f, a) -> f.push(part(d(a[0]), 60_000_000_000L)));
        r.put("time.Duration.Hours", (m, f, a) -> f.push(part(d(a[0]), 3_600_000_000_000L)));
        r.put("time.Duration.String", (m, f, a) -> f.push(durationString(d(a[0]))));
        r.put("time.Duration.Truncate", (m, f, a) -> {
            long x = d(a[0]);
            long u = d(a[1]);
            f.push(u <= 0 ? x : x - x % u);
        });
        r.put("time.Duration.Round", (m, f, a) -> f.push(round(d(a[0]), d(a[1]))));
        r.put("time.Time.Sub", (m, f, a) -> f.push(t(a[0]).ns() - t(a[1]).ns()));
        r.put("time.Time.Add", (m, f, a) -> f.push(new Natives.Time(t(a[0]).ns() + d(a[1]), false)));
        r.put("time.Time.Before", (m, f, a) -> f.push(t(a[0]).ns() < t(a[1]).ns()));
        r.put("time.Time.After", (m, f, a) -> f.push(t(a[0]).ns() > t(a[1]).ns()));
        r.put("time.Time.Equal", (m, f, a) -> f.push(t(a[0]).ns() == t(a[1]).ns()));
        r.put("time.Time.IsZero", (m, f, a) -> f.push(t(a[0]).zero()));
        r.put("time.Time.UnixNano", (m, f, a) -> f.push(t(a[0]).ns()));
        r.put("time.Time.UnixMilli", (m, f, a) -> f.push(t(a[0]).ns() / 1_000_000));
        r.put("time.Time.Unix", (m, f, a) -> f.push(t(a[0]).ns() / 1_000_000_000));
        r.put("time.Time.String", (m, f, a) -> f.push(timeString(t(a[0]))));
    }

    private static double part(long d, long unit) {
        long whole = d / unit;
        long rest = d % unit;
        return (double) whole + (double) rest / (double) unit;
    }

    private static long round(long d, long m) {
        if (m <= 0) {
            return d;
        }
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (r + r < m) {
                return d + r;
            }
            return d - m + r;
        }
        if (r + r < m) {
            return d - r;
        }
        return d + m - r;
    }

    static String timeString(Natives.Time t) {
        if (t.zero()) {
            return "0001-01-01 00:00:00 +0000 UTC";
        }
        java.time.LocalDateTime at = java.time.LocalDateTime.ofEpochSecond(t.ns() / 1_000_000_000L,
                (int) (t.ns() % 1_000_000_000L), java.time.ZoneOffset.UTC);
        String frac = t.ns() % 1_000_000_000L == 0 ? "" : ("." + String.format("%09d", t.ns() % 1_000_000_000L))
                .replaceAll("0+$", "");
        return String.format("%04d-%02d-%02d %02d:%02d:%02d%s +0000 UTC", at.getYear(), at.getMonthValue(),
                at.getDayOfMonth(), at.getHour(), at.getMinute(), at.getSecond(), frac);
    }

    /** Duration.String as Go prints it: 1.5s, 100ms, 2m0s, 1h0m0s, 1µs, 0s. As Go bytes. */
    static String durationString(long d) {
        boolean neg = d < 0;
        long u = neg ? -d : d;
        String s;
        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            if (u == 0) {
                return "0s";
            }
            if (u < 1_000) {
                s = u + "ns";
            } else if (u < 1_000_000) {
                s = frac(u, 3) + Values.bytes("\u00b5s");
            } else {
                s = frac(u, 6) + "ms";
            }
        } else {
            String secs = frac(u % 60_000_000_000L + 0, 9);
            long mins = Long.divideUnsigned(u, 60_000_000_000L);
            if (mins == 0) {
                s = secs + "s";
            } else {
                long hours = mins / 60;
                s = (hours > 0 ? hours + "h" : "") + (mins % 60) + "m" + secs + "s";
            }
        }
        return neg ? "-" + s : s;
    }

    /** {@code v} / 10^prec with the fraction's trailing zeros (and then the point) dropped. */
    private static String frac(long v, int prec) {
        long p = 1;
        for (int i = 0; i < prec; i++) {
            p *= 10;
        }
        long whole = v / p;
        long rest = v % p;
        if (rest == 0) {
            return Long.toString(whole);
        }
        String fs = String.format("%0" + prec + "d", rest).replaceAll("0+$", "");
        return whole + "." + fs;
    }
}
