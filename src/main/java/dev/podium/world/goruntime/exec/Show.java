package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.Hchan;

/** A value as views show it, from its Java class alone (the runtime moves values without their types). */
final class Show {
    private Show() {
    }

    static String show(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            return FloatFormat.formatG(d, -1, false);
        }
        if (v instanceof Long || v instanceof String || v instanceof Boolean || v instanceof GoError) {
            return v.toString();
        }
        if (v instanceof Iface i) {
            return show(i.value());
        }
        if (v instanceof StructVal s) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < s.f.length; i++) {
                sb.append(i > 0 ? " " : "").append(show(s.f[i]));
            }
            return sb.append('}').toString();
        }
        if (v instanceof SliceVal s) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < s.len && sb.length() < 200; i++) {
                sb.append(i > 0 ? " " : "").append(show(s.arr[s.off + i]));
            }
            return sb.append(']').toString();
        }
        if (v instanceof MapVal mv) {
            return "map[" + mv.m.size() + " entries]";
        }
        if (v instanceof Hchan h) {
            return "chan#" + h.id();
        }
        if (v instanceof Natives.Time t) {
            return StdTime.timeString(t);
        }
        if (v instanceof Funcs.Closure c) {
            return c.code().name;
        }
        return v.getClass().getSimpleName();
    }
}
