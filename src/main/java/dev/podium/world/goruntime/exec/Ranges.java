package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Stmt;
import dev.podium.world.goruntime.lang.TokenKind;
import dev.podium.world.goruntime.lang.Type;

/** Compiles {@code for ... range} over integers, slices, strings, maps and channels. */
final class Ranges {
    private final FnCompiler fc;

    Ranges(FnCompiler fc) {
        this.fc = fc;
    }

    void range(Stmt.Range r, String label) throws GoProblems {
        ExprCompiler ex = fc.ex;
        Type xt = ex.typeOf(r.x()).underlying();
        fc.at(r.pos());
        ex.expr(r.x());
        int x = fc.temp();
        fc.storeTemp(x);
        int i = fc.temp();
        fc.push(0L);
        fc.storeTemp(i);
        FnCompiler.Label top = new FnCompiler.Label();
        FnCompiler.Label cont = new FnCompiler.Label();
        FnCompiler.Label end = new FnCompiler.Label();
        boolean define = r.tok() == TokenKind.DEFINE;
        Assigner as = new Assigner(fc);
        Assigner.Loc key = r.key() == null || r.tok() == null ? null : as.loc(r.key(), define);
        Assigner.Loc val = r.value() == null || r.tok() == null ? null : as.loc(r.value(), define);
        int v = fc.temp();
        if (xt instanceof Type.Chan ch) {
            mark(top);
            fc.loadTemp(x);
            ex.recv(ch.elem(), true);
            FnCompiler.Label got = new FnCompiler.Label();
            fc.jumpIfTrue(got);
            fc.pop(1);
            fc.jump(end);
            fc.mark(got);
            fc.storeTemp(v);
            assign(key, v);
            body(r, label, end, top);
            fc.jump(top);
            fc.mark(end);
            return;
        }
        int n = fc.temp();
        if (xt instanceof Type.MapT) {
            // the keys at the start, from a random position, as Go randomises map iteration
            fc.emit((m, f) -> {
                MapVal mv = (MapVal) f.s[x];
                Object[] keys = mv == null ? Values.NONE : mv.m.keySet().toArray();
                if (keys.length > 1) {
                    int start = (int) Math.floorMod(m.p.random(), (long) keys.length);
                    Object[] rot = new Object[keys.length];
                    for (int j = 0; j < keys.length; j++) {
                        rot[j] = keys[(start + j) % keys.length];
                    }
                    keys = rot;
                }
                f.s[n] = keys;
            });
        } else if (Values.isInt(Values.kind(xt))) {
            fc.emit((m, f) -> f.s[n] = f.s[x]);
        } else {
            fc.emit((m, f) -> f.s[n] = (long) Builtins.length(f.s[x], false));
        }
        mark(top);
        if (xt instanceof Type.MapT) {
            fc.emit((m, f) -> {
                Object[] keys = (Object[]) f.s[n];
                MapVal mv = (MapVal) f.s[x];
                long at = (Long) f.s[i];
                while (at < keys.length && !mv.m.containsKey(keys[(int) at])) {
                    at++;
                }
                f.s[i] = at;
                if (at >= keys.length) {
                    f.pc = end.pc;
                    return;
                }
                Object k = keys[(int) at];
                f.s[v] = Values.copyIfStruct(mv.m.get(k));
                f.push(k);
            });
            assignTop(key);
            assign(val, v);
            body(r, label, end, cont);
            fc.mark(cont);
            fc.emit((m, f) -> f.s[i] = (Long) f.s[i] + 1);
            fc.jump(top);
            fc.mark(end);
            return;
        }
        fc.emit((m, f) -> {
            if ((Long) f.s[i] >= (Long) f.s[n]) {
                f.pc = end.pc;
            }
        });
        int w = fc.temp();
        if (Values.isString(Values.kind(xt))) {
            fc.emit((m, f) -> {
                long d = Values.decodeRune((String) f.s[x], (int) (long) (Long) f.s[i]);
                f.s[v] = d >> 8;
                f.s[w] = d & 0xff;
            });
        } else if (xt instanceof Type.Slice) {
            fc.push(1L);
            fc.storeTemp(w);
            if (val != null) {
                fc.emit((m, f) -> f.s[v] = Values.copyIfStruct(((SliceVal) f.s[x]).get((Long) f.s[i])));
            }
        } else {
            fc.push(1L);
            fc.storeTemp(w);
        }
        fc.loadTemp(i);
        assignTop(key);
        assign(val, v);
        body(r, label, end, cont);
        fc.mark(cont);
        fc.emit((m, f) -> f.s[i] = (Long) f.s[i] + (Long) f.s[w]);
        fc.jump(top);
        fc.mark(end);
    }

    private void mark(FnCompiler.Label l) {
        fc.mark(l);
    }

    private void body(Stmt.Range r, String label, FnCompiler.Label end, FnCompiler.Label cont)
            throws GoProblems {
        fc.pushTarget(label, end, cont);
        fc.block(r.body().stmts());
        fc.popTarget();
    }

    private void assign(Assigner.Loc l, int slot) throws GoProblems {
        if (l == null) {
            return;
        }
        l.prep();
        fc.loadTemp(slot);
        l.store();
    }

    private void assignTop(Assigner.Loc l) throws GoProblems {
        if (l == null) {
            fc.pop(1);
            return;
        }
        int t = fc.temp();
        fc.storeTemp(t);
        assign(l, t);
    }
}
