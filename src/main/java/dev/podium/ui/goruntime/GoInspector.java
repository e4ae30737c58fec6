package dev.podium.ui.goruntime;

import dev.podium.ui.world.Inspection;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.MState;
import dev.podium.world.goruntime.state.ChanView;
import dev.podium.world.goruntime.state.GoState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the inspector shows for a goroutine (state and wait reason as Go names them, line, function, creation site
 * and parent, the P it runs on, the channel it is parked on and the value it carries), a channel (the hchan's
 * fields: qcount, dataqsiz, sendx, recvx, closed, its wait queues), a P (state, M, runnext, local ring) and an M.
 * Field names are the runtime's own, so they read the same in both languages. Toolkit-free.
 */
final class GoInspector {
    /** Goroutines listed in a queue field before "+n". */
    static final int LISTED = 12;

    /** Goroutine {@code g}; {@code line} is where it is (the view reads a running goroutine's off its events). */
    Inspection goroutine(GoState s, long g, int line) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        GStatus st = s.status(g);
        f.add(Map.entry("goid", Long.toString(g)));
        f.add(Map.entry("status", st.goName()));
        if (!s.waitReason(g).isEmpty()) {
            f.add(Map.entry("waitreason", s.waitReason(g)));
        }
        f.add(Map.entry("function", s.function(g)));
        f.add(Map.entry("line", site(s, line)));
        if (g == 1) {
            f.add(Map.entry("created", "runtime (main goroutine)"));
        } else {
            f.add(Map.entry("created", site(s, s.createdLine(g)) + " by G" + s.parent(g)));
            f.add(Map.entry("parent", "G" + s.parent(g)));
        }
        if (s.runningOn(g) >= 0) {
            f.add(Map.entry("p", "P" + s.runningOn(g)));
        }
        if (s.parkedOn(g) > 0 && st == GStatus.WAITING) {
            f.add(Map.entry("chan", "ch" + s.parkedOn(g)));
        }
        if (!s.carried(g).isEmpty() && st == GStatus.WAITING) {
            f.add(Map.entry("carries", s.carried(g)));
        }
        return new Inspection("G" + g + " [" + (st == GStatus.WAITING && !s.waitReason(g).isEmpty()
                ? s.waitReason(g) : st.goName()) + "]", f);
    }

    Inspection channel(GoState s, long id) {
        ChanView c = s.chan(id);
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("elemtype", c.elemType()));
        f.add(Map.entry("qcount", Integer.toString(c.qcount())));
        f.add(Map.entry("dataqsiz", Integer.toString(c.capacity())));
        f.add(Map.entry("sendx", Integer.toString(c.sendx())));
        f.add(Map.entry("recvx", Integer.toString(c.recvx())));
        f.add(Map.entry("closed", c.closed() ? "1" : "0"));
        if (c.capacity() > 0) {
            StringBuilder buf = new StringBuilder("[");
            for (int i = 0; i < Math.min(c.capacity(), 32); i++) {
                buf.append(i == 0 ? "" : " ").append(c.slot(i).isEmpty() ? "_" : c.slot(i));
            }
            f.add(Map.entry("buf", buf.append(c.capacity() > 32 ? " …]" : "]").toString()));
        }
        f.add(Map.entry("sendq", list(c.sendq(), s, true)));
        f.add(Map.entry("recvq", list(c.recvq(), s, false)));
        return new Inspection("ch" + id + " (chan " + c.elemType() + ")", f);
    }

    Inspection p(GoState s, int p) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("status", "_P" + s.pState(p).name().toLowerCase(Locale.ROOT)));
        int m = s.pM(p);
        f.add(Map.entry("m", m < 0 ? "nil" : "M" + m));
        if (m >= 0 && s.mG(m) > 0) {
            f.add(Map.entry("curg", "G" + s.mG(m)));
        }
        f.add(Map.entry("runnext", s.runnext(p) == 0 ? "nil" : "G" + s.runnext(p)));
        f.add(Map.entry("runq", s.localRunQueueSize(p) + " of 256"));
        f.add(Map.entry("runq (head first)", list(s.localRunQueue(p), s, false)));
        if (p >= s.gomaxprocs()) {
            f.add(Map.entry("note", "beyond GOMAXPROCS " + s.gomaxprocs()));
        }
        return new Inspection("P" + p, f);
    }

    Inspection m(GoState s, int m) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        MState st = s.mState(m);
        f.add(Map.entry("state", st.name().toLowerCase(Locale.ROOT)));
        f.add(Map.entry("p", s.mP(m) < 0 ? "nil" : "P" + s.mP(m)));
        f.add(Map.entry("curg", s.mG(m) == 0 ? "nil" : "G" + s.mG(m)));
        return new Inspection("M" + m, f);
    }

    private static String site(GoState s, int line) {
        String name = s.fileName();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return (slash >= 0 ? name.substring(slash + 1) : name) + ":" + line;
    }

    private static String list(long[] ids, GoState s, boolean values) {
        if (ids.length == 0) {
            return "empty";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(ids.length, LISTED); i++) {
            b.append(i == 0 ? "" : ", ").append('G').append(ids[i]);
            if (values && !s.carried(ids[i]).isEmpty()) {
                b.append(" (").append(s.carried(ids[i])).append(')');
            }
        }
        if (ids.length > LISTED) {
            b.append(" +").append(ids.length - LISTED);
        }
        return b.toString();
    }
}
