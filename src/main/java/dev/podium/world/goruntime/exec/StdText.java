package dev.podium.world.goruntime.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** strings, sort and math/rand natively (strings are bytes, one per char). */
final class StdText {
    private StdText() {
    }

    private static String s(Object o) {
        return (String) o;
    }

    private static SliceVal strings(List<String> l) {
        return SliceVal.of(l.toArray());
    }

    static void register(Map<String, Funcs.Native> d) {
        d.put("strings.Contains", (m, f, a) -> f.push(s(a[0]).contains(s(a[1]))));
        d.put("strings.ContainsRune", (m, f, a) -> f.push(s(a[0]).contains(Values.runeBytes((Long) a[1]))));
        d.put("strings.HasPrefix", (m, f, a) -> f.push(s(a[0]).startsWith(s(a[1]))));
        d.put("strings.HasSuffix", (m, f, a) -> f.push(s(a[0]).endsWith(s(a[1]))));
        d.put("strings.Index", (m, f, a) -> f.push((long) s(a[0]).indexOf(s(a[1]))));
        d.put("strings.Join", (m, f, a) -> {
            SliceVal sv = (SliceVal) a[0];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; sv != null && i < sv.len; i++) {
                if (i > 0) {
                    sb.append(s(a[1]));
                }
                sb.append(s(sv.arr[sv.off + i]));
            }
            f.push(sb.toString());
        });
        d.put("strings.Split", (m, f, a) -> f.push(split(s(a[0]), s(a[1]))));
        d.put("strings.Fields", (m, f, a) -> {
            List<String> out = new ArrayList<>();
            for (String p : s(a[0]).trim().split("[ \\t\\n\\r\\x0b\\f]+")) {
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
            f.push(strings(out));
        });
        d.put("strings.Repeat", (m, f, a) -> {
            if ((Long) a[1] < 0) {
                throw new GoPanic(GoError.runtime("strings: negative Repeat count"));
            }
            f.push(s(a[0]).repeat((int) (long) (Long) a[1]));
        });
        d.put("strings.Replace", (m, f, a) -> f.push(replace(s(a[0]), s(a[1]), s(a[2]), (Long) a[3])));
        d.put("strings.ReplaceAll", (m, f, a) -> f.push(replace(s(a[0]), s(a[1]), s(a[2]), -1)));
        d.put("strings.ToUpper", (m, f, a) -> f.push(Values.bytes(Values.text(s(a[0])).toUpperCase())));
        d.put("strings.ToLower", (m, f, a) -> f.push(Values.bytes(Values.text(s(a[0])).toLowerCase())));
        d.put("strings.TrimSpace", (m, f, a) -> f.push(s(a[0]).replaceAll("^[ \\t\\n\\r\\x0b\\f]+", "")
                .replaceAll("[ \\t\\n\\r\\x0b\\f]+$", "")));
        d.put("strings.Trim", (m, f, a) -> f.push(trim(s(a[0]), s(a[1]), true, true)));
        d.put("strings.TrimPrefix", (m, f, a) -> f.push(s(a[0]).startsWith(s(a[1]))
                ? s(a[0]).substring(s(a[1]).length()) : s(a[0])));
        d.put("strings.TrimSuffix", (m, f, a) -> f.push(s(a[0]).endsWith(s(a[1]))
                ? s(a[0]).substring(0, s(a[0]).length() - s(a[1]).length()) : s(a[0])));
        d.put("strings.Count", (m, f, a) -> {
            String str = s(a[0]);
            String sub = s(a[1]);
            if (sub.isEmpty()) {
                f.push((long) Values.runeCount(str) + 1);
                return;
            }
            long n = 0;
            for (int i = str.indexOf(sub); i >= 0; i = str.indexOf(sub, i + sub.length())) {
                n++;
            }
            f.push(n);
        });
        d.put("strings.EqualFold", (m, f, a) -> f.push(Values.text(s(a[0])).equalsIgnoreCase(Values.text(s(a[1])))));
        d.put("strings.Builder.WriteString", (m, f, a) -> {
            ((Natives.Builder) a[0]).sb.append(s(a[1]));
            f.push((long) s(a[1]).length());
            f.push(null);
        });
        d.put("strings.Builder.WriteByte", (m, f, a) -> {
            ((Natives.Builder) a[0]).sb.append((char) (long) (Long) a[1]);
            f.push(null);
        });
        d.put("strings.Builder.WriteRune", (m, f, a) -> {
            String r = Values.runeBytes((Long) a[1]);
            ((Natives.Builder) a[0]).sb.append(r);
            f.push((long) r.length());
            f.push(null);
        });
        d.put("strings.Builder.String", (m, f, a) -> f.push(((Natives.Builder) a[0]).sb.toString()));
        d.put("strings.Builder.Len", (m, f, a) -> f.push((long) ((Natives.Builder) a[0]).sb.length()));
        d.put("strings.Builder.Reset", (m, f, a) -> ((Natives.Builder) a[0]).sb.setLength(0));
        // ---- sort
        d.put("sort.Ints", (m, f, a) -> sortSlice((SliceVal) a[0]));
        d.put("sort.Strings", (m, f, a) -> sortSlice((SliceVal) a[0]));
        d.put("sort.Float64s", (m, f, a) -> sortSlice((SliceVal) a[0]));
        d.put("sort.Slice", (m, f, a) -> sortBy(m, a[0], a[1]));
        d.put("sort.SliceStable", (m, f, a) -> sortBy(m, a[0], a[1]));
        d.put("sort.SearchInts", (m, f, a) -> {
            SliceVal sv = (SliceVal) a[0];
            long x = (Long) a[1];
            int lo = 0;
            int hi = sv == null ? 0 : sv.len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if ((Long) sv.arr[sv.off + mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            f.push((long) lo);
        });
        d.put("sort.IntsAreSorted", (m, f, a) -> {
            SliceVal sv = (SliceVal) a[0];
            boolean ok = true;
            for (int i = 1; sv != null && i < sv.len; i++) {
                ok &= (Long) sv.arr[sv.off + i - 1] <= (Long) sv.arr[sv.off + i];
            }
            f.push(ok);
        });
        // ---- math/rand on the program's seeded stream
        d.put("math/rand.Intn", (m, f, a) -> f.push(bounded(m, (Long) a[0], "Intn")));
        d.put("math/rand.Int63n", (m, f, a) -> f.push(bounded(m, (Long) a[0], "Int63n")));
        d.put("math/rand.Int31n", (m, f, a) -> f.push(bounded(m, (Long) a[0], "Int31n")));
        d.put("math/rand.Int", (m, f, a) -> f.push(m.p.random()));
        d.put("math/rand.Int63", (m, f, a) -> f.push(m.p.random()));
        d.put("math/rand.Float64", (m, f, a) -> f.push((m.p.random() >>> 10) / (double) (1L << 53)));
        d.put("math/rand.Perm", (m, f, a) -> {
            int n = (int) (long) (Long) a[0];
            Object[] p = new Object[n];
            for (int i = 0; i < n; i++) {
                int j = (int) Math.floorMod(m.p.random(), (long) (i + 1));
                p[i] = p[j];
                p[j] = (long) i;
            }
            f.push(SliceVal.of(p));
        });
        d.put("math/rand.Shuffle", (m, f, a) -> {
            long n = (Long) a[0];
            for (long i = n - 1; i > 0; i--) {
                long j = Math.floorMod(m.p.random(), i + 1);
                m.callSync(a[1], i, j);
            }
        });
    }

    private static long bounded(Machine m, long n, String name) {
        if (n <= 0) {
            throw new GoPanic(new Iface(ExprCompiler.defaulted(new dev.podium.world.goruntime.lang.Type.Basic(
                    dev.podium.world.goruntime.lang.BasicKind.UNTYPED_STRING, "untyped string")),
                    "invalid argument to " + name));
        }
        return Math.floorMod(m.p.random(), n);
    }

    private static SliceVal split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                int w = (int) (Values.decodeRune(s, i) & 0xff);
                out.add(s.substring(i, i + w));
                i += w;
            }
            return strings(out);
        }
        int from = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return strings(out);
    }

    private static String replace(String s, String old, String nw, long n) {
        if (n < 0) {
            return old.isEmpty() ? s : s.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long k = 0; k < n; k++) {
            int i = s.indexOf(old, from);
            if (i < 0) {
                break;
            }
            sb.append(s, from, i).append(nw);
            from = i + old.length();
        }
        return sb.append(s.substring(from)).toString();
    }

    private static String trim(String s, String cut, boolean left, boolean right) {
        int a = 0;
        int b = s.length();
        while (left && a < b && cut.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (right && b > a && cut.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    @SuppressWarnings("unchecked")
    private static void sortSlice(SliceVal sv) {
        if (sv == null) {
            return;
        }
        Object[] part = Arrays.copyOfRange(sv.arr, sv.off, sv.off + sv.len);
        Arrays.sort(part, (x, y) -> ((Comparable<Object>) x).compareTo(y));
        System.arraycopy(part, 0, sv.arr, sv.off, sv.len);
    }

    /** sort.Slice by calling less(i, j) on the slice itself: an insertion sort (stable, as SliceStable needs). */
    private static void sortBy(Machine m, Object x, Object less) {
        Object v = x instanceof Iface i ? i.value() : x;
        SliceVal sv = (SliceVal) v;
        if (sv == null) {
            return;
        }
        for (int i = 1; i < sv.len; i++) {
            for (int j = i; j > 0; j--) {
                Object[] r = m.callSync(less, (long) j, (long) (j - 1));
                if (!(Boolean) r[0]) {
                    break;
                }
                Object t = sv.arr[sv.off + j];
                sv.arr[sv.off + j] = sv.arr[sv.off + j - 1];
                sv.arr[sv.off + j - 1] = t;
            }
        }
    }
}
