package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.Op;
import java.util.Map;

/** fmt, errors and log natively. */
final class StdFmt {
    private StdFmt() {
    }

    static Object[] varargs(Object o) {
        return o == null ? Values.NONE : ((SliceVal) o).toArray();
    }

    private static void write(Machine m, Frame f, int fd, String bytes, boolean results) {
        if (results) {
            f.push((long) bytes.length());
            f.push(null);
        }
        m.call(new Op.Write(f.line(), fd, Values.text(bytes)), Machine.A_NONE);
    }

    static void register(Map<String, Funcs.Native> d) {
        d.put("fmt.Println", (m, f, a) -> write(m, f, 1, GoFmt.sprint(m, varargs(a[0]), true), true));
        d.put("fmt.Print", (m, f, a) -> write(m, f, 1, GoFmt.sprint(m, varargs(a[0]), false), true));
        d.put("fmt.Printf", (m, f, a) -> write(m, f, 1, GoFmt.sprintf(m, (String) a[0], varargs(a[1])), true));
        d.put("fmt.Sprintln", (m, f, a) -> f.push(GoFmt.sprint(m, varargs(a[0]), true)));
        d.put("fmt.Sprint", (m, f, a) -> f.push(GoFmt.sprint(m, varargs(a[0]), false)));
        d.put("fmt.Sprintf", (m, f, a) -> f.push(GoFmt.sprintf(m, (String) a[0], varargs(a[1]))));
        d.put("fmt.Errorf", (m, f, a) -> f.push(GoFmt.errorf(m, (String) a[0], varargs(a[1]))));
        d.put("log.Println", (m, f, a) -> write(m, f, 2, stamp(m) + GoFmt.sprint(m, varargs(a[0]), true), false));
        d.put("log.Print", (m, f, a) -> write(m, f, 2, nl(stamp(m) + GoFmt.sprint(m, varargs(a[0]), false)),
                false));
        d.put("log.Printf", (m, f, a) -> write(m, f, 2, nl(stamp(m) + GoFmt.sprintf(m, (String) a[0],
                varargs(a[1]))), false));
        d.put("errors.New", (m, f, a) -> f.push(new GoError((String) a[0], null, "*errors.errorString")));
        d.put("errors.Unwrap", (m, f, a) -> f.push(unwrap(m, a[0])));
        d.put("errors.Is", (m, f, a) -> {
            Object err = a[0];
            Object target = a[1];
            boolean is = false;
            for (int i = 0; i < 100 && !is; i++) {
                if (err == null) {
                    is = target == null;
                    break;
                }
                if (Values.equal(err, target) || err == target) {
                    is = true;
                    break;
                }
                err = unwrap(m, err);
                if (err == null) {
                    break;
                }
            }
            f.push(is);
        });
        d.put("error.Error", (m, f, a) -> f.push(((GoError) a[0]).msg));
        d.put("error.Unwrap", (m, f, a) -> f.push(((GoError) a[0]).wrapped));
    }

    private static String nl(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }

    private static String stamp(Machine m) {
        long s = m.p.now() / 1_000_000_000L;
        return String.format("1970/01/01 %02d:%02d:%02d ", s / 3600 % 24, s / 60 % 60, s % 60);
    }

    static Object unwrap(Machine m, Object err) {
        if (err instanceof GoError e) {
            return e.wrapped;
        }
        if (err instanceof Iface i) {
            Object fn = Dispatch.method(m.p, i.type(), "Unwrap");
            if (fn != null) {
                return m.callSync(fn, i.value())[0];
            }
        }
        return null;
    }
}
