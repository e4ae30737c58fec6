package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.lang.TypeInfo;
import java.math.BigInteger;
import java.util.List;

/** Compiles composite literals ({@code T{...}}) and slice expressions ({@code x[lo:hi:max]}). */
final class Composites {
    private final FnCompiler fc;

    Composites(FnCompiler fc) {
        this.fc = fc;
    }

    void literal(Expr.CompositeLit cl, Type t) throws GoProblems {
        ExprCompiler ex = fc.ex;
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) {
            literal(cl, p.elem());
            return;
        }
        fc.at(cl.pos());
        if (u instanceof Type.Struct st) {
            fc.pushZero(t);
            List<Expr> els = cl.elements();
            for (int i = 0; i < els.size(); i++) {
                Expr e = els.get(i);
                int idx;
                Expr val;
                if (e instanceof Expr.KeyValue kv) {
                    idx = ExprCompiler.fieldIndex(t, ((Expr.Ident) kv.key()).name());
                    val = kv.value();
                } else {
                    idx = i;
                    val = e;
                }
                element(val, st.fields().get(idx).type());
                int fi = idx;
                fc.emit((m, f) -> {
                    Object v = f.pop();
                    ((StructVal) f.peek()).f[fi] = v;
                });
            }
            return;
        }
        if (u instanceof Type.Slice sl) {
            List<Expr> els = cl.elements();
            boolean keyed = els.stream().anyMatch(e -> e instanceof Expr.KeyValue);
            if (!keyed) {
                for (Expr e : els) {
                    element(e, sl.elem());
                }
                int n = els.size();
                fc.emit((m, f) -> f.push(SliceVal.of(CallCompiler.popArgs(f, n))));
                return;
            }
            int[] pos = new int[els.size()];
            int next = 0;
            int max = 0;
            for (int i = 0; i < els.size(); i++) {
                if (els.get(i) instanceof Expr.KeyValue kv) {
                    TypeInfo.TypeAndValue tv = fc.c.info.typeOf(kv.key());
                    next = ((BigInteger) tv.value()).intValue();
                }
                pos[i] = next++;
                max = Math.max(max, next);
            }
            int len = max;
            Type elem = sl.elem();
            fc.emit((m, f) -> {
                Object[] arr = new Object[len];
                for (int i = 0; i < len; i++) {
                    arr[i] = Values.zero(elem);
                }
                f.push(SliceVal.of(arr));
            });
            for (int i = 0; i < els.size(); i++) {
                Expr e = els.get(i) instanceof Expr.KeyValue kv ? kv.value() : els.get(i);
                element(e, elem);
                int at = pos[i];
                fc.emit((m, f) -> {
                    Object v = f.pop();
                    ((SliceVal) f.peek()).arr[at] = v;
                });
            }
            return;
        }
        if (u instanceof Type.MapT mt) {
            fc.emit((m, f) -> f.push(new MapVal()));
            for (Expr e : cl.elements()) {
                Expr.KeyValue kv = (Expr.KeyValue) e;
                element(kv.key(), mt.key());
                element(kv.value(), mt.value());
                fc.emit((m, f) -> {
                    Object v = f.pop();
                    Object k = f.pop();
                    ((MapVal) f.peek()).m.put(k, v);
                });
            }
            return;
        }
        throw fc.unsupported(cl.pos(), "a composite literal of type " + t);
    }

    private void element(Expr e, Type t) throws GoProblems {
        if (e instanceof Expr.CompositeLit inner && inner.type() == null) {
            literal(inner, t);
            return;
        }
        fc.ex.exprAs(e, t);
    }

    void slice(Expr.SliceExpr se) throws GoProblems {
        ExprCompiler ex = fc.ex;
        Type xt = ex.typeOf(se.x()).underlying();
        boolean str = Values.isString(Values.kind(xt));
        ex.expr(se.x());
        pushOr(se.lo(), -1);
        pushOr(se.hi(), -1);
        pushOr(se.max(), -1);
        fc.at(se.lbrack());
        if (str) {
            fc.emit((m, f) -> {
                f.pop();
                long hi = f.popLong();
                long lo = f.popLong();
                String s = (String) f.pop();
                if (lo < 0) {
                    lo = 0;
                }
                if (hi < 0) {
                    hi = s.length();
                }
                if (hi > s.length()) {
                    throw GoPanic.runtime("slice bounds out of range [:" + hi + "] with length " + s.length());
                }
                if (lo > hi) {
                    throw GoPanic.runtime("slice bounds out of range [" + lo + ":" + hi + "]");
                }
                f.push(s.substring((int) lo, (int) hi));
            });
            return;
        }
        fc.emit((m, f) -> {
            long max = f.popLong();
            long hi = f.popLong();
            long lo = f.popLong();
            SliceVal s = (SliceVal) f.pop();
            int cap = s == null ? 0 : s.cap;
            if (lo < 0) {
                lo = 0;
            }
            if (hi < 0) {
                hi = s == null ? 0 : s.len;
            }
            if (max >= 0) {
                if (max > cap) {
                    throw GoPanic.runtime("slice bounds out of range [::" + max + "] with capacity " + cap);
                }
                if (hi > max) {
                    throw GoPanic.runtime("slice bounds out of range [:" + hi + ":" + max + "]");
                }
            } else {
                max = cap;
            }
            if (hi > cap) {
                throw GoPanic.runtime("slice bounds out of range [:" + hi + "] with capacity " + cap);
            }
            if (lo > hi) {
                throw GoPanic.runtime("slice bounds out of range [" + lo + ":" + hi + "]");
            }
            if (s == null) {
                f.push(null);
                return;
            }
            f.push(new SliceVal(s.arr, s.off + (int) lo, (int) (hi - lo), (int) (max - lo)));
        });
    }

    private void pushOr(Expr e, long dflt) throws GoProblems {
        if (e == null) {
            fc.push(dflt);
        } else {
            fc.ex.expr(e);
        }
    }
}
