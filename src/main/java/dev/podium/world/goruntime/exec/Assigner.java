package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Obj;
import dev.podium.world.goruntime.lang.Stmt;
import dev.podium.world.goruntime.lang.TokenKind;
import dev.podium.world.goruntime.lang.Type;
import java.util.ArrayList;
import java.util.List;

/** Compiles assignments, short variable declarations, op-assignments and ++/--, through assignable locations. */
final class Assigner {
    private final FnCompiler fc;

    Assigner(FnCompiler fc) {
        this.fc = fc;
    }

    /** A location that can be assigned: prepared once (its container and key kept), then loaded or stored. */
    interface Loc {
        void prep() throws GoProblems;

        void load();

        /** Stores the value on top of the stack (popping it). */
        void store();

        Type type();
    }

    Loc loc(Expr e, boolean define) throws GoProblems {
        e = ExprCompiler.unparen(e);
        ExprCompiler ex = fc.ex;
        if (e instanceof Expr.Ident id) {
            if (id.name().equals("_")) {
                return new Loc() {
                    public void prep() {
                    }

                    public void load() {
                        throw new IllegalStateException();
                    }

                    public void store() {
                        fc.pop(1);
                    }

                    public Type type() {
                        return null;
                    }
                };
            }
            Obj.Var def = define && fc.c.info.defOf(id) instanceof Obj.Var d ? d : null;
            Obj.Var v = def != null ? def : fc.varOf(id);
            return new Loc() {
                public void prep() {
                }

                public void load() {
                    fc.load(v);
                }

                public void store() {
                    if (def != null) {
                        fc.declStore(v);
                    } else {
                        fc.store(v);
                    }
                }

                public Type type() {
                    return v.type();
                }
            };
        }
        Type t = ex.typeOf(e);
        if (e instanceof Expr.Selector s) {
            Type xt = ex.typeOf(s.x());
            Type st = xt.underlying() instanceof Type.Pointer p ? p.elem() : xt;
            int idx = ExprCompiler.fieldIndex(st, s.sel().name());
            int tmp = fc.temp();
            return new Loc() {
                public void prep() throws GoProblems {
                    if (xt.underlying() instanceof Type.Pointer) {
                        ex.expr(s.x());
                        ex.nilCheck();
                    } else {
                        ex.ref(s.x());
                    }
                    fc.storeTemp(tmp);
                }

                public void load() {
                    fc.emit((m, f) -> f.push(Values.copyIfStruct(((StructVal) f.s[tmp]).f[idx])));
                }

                public void store() {
                    fc.emit((m, f) -> FnCompiler.assignStruct(((StructVal) f.s[tmp]).f, idx, f.pop()));
                }

                public Type type() {
                    return t;
                }
            };
        }
        if (e instanceof Expr.Index ix) {
            Type xt = ex.typeOf(ix.x()).underlying();
            int t1 = fc.temp();
            int t2 = fc.temp();
            if (xt instanceof Type.MapT mt) {
                return new Loc() {
                    public void prep() throws GoProblems {
                        ex.expr(ix.x());
                        fc.storeTemp(t1);
                        ex.exprAs(ix.indices().get(0), mt.key());
                        fc.storeTemp(t2);
                    }

                    public void load() {
                        Type vt = mt.value();
                        fc.emit((m, f) -> {
                            MapVal mv = (MapVal) f.s[t1];
                            Object k = f.s[t2];
                            boolean has = mv != null && mv.m.containsKey(k);
                            f.push(has ? Values.copyIfStruct(mv.m.get(k)) : Values.zero(vt));
                        });
                    }

                    public void store() {
                        fc.emit((m, f) -> {
                            MapVal mv = (MapVal) f.s[t1];
                            if (mv == null) {
                                throw new GoPanic(GoError.runtime("assignment to entry in nil map"));
                            }
                            mv.m.put(f.s[t2], f.pop());
                        });
                    }

                    public Type type() {
                        return mt.value();
                    }
                };
            }
            return new Loc() {
                public void prep() throws GoProblems {
                    ex.expr(ix.x());
                    fc.storeTemp(t1);
                    ex.expr(ix.indices().get(0));
                    fc.storeTemp(t2);
                }

                public void load() {
                    fc.emit((m, f) -> f.push(Values.copyIfStruct(slice(f.s[t1]).get((Long) f.s[t2]))));
                }

                public void store() {
                    fc.emit((m, f) -> {
                        Object v = f.pop();
                        SliceVal sv = slice(f.s[t1]);
                        long i = (Long) f.s[t2];
                        Object cur = sv.get(i);
                        if (cur instanceof StructVal cs && v instanceof StructVal nv) {
                            cs.assign(nv);
                        } else {
                            sv.set(i, v);
                        }
                    });
                }

                public Type type() {
                    return t;
                }
            };
        }
        if (e instanceof Expr.Star st) {
            int tmp = fc.temp();
            return new Loc() {
                public void prep() throws GoProblems {
                    ex.expr(st.x());
                    ex.nilCheck();
                    fc.storeTemp(tmp);
                }

                public void load() {
                    fc.emit((m, f) -> f.push(Values.copyIfStruct(f.s[tmp])));
                }

                public void store() {
                    fc.emit((m, f) -> ((StructVal) f.s[tmp]).assign((StructVal) f.pop()));
                }

                public Type type() {
                    return t;
                }
            };
        }
        throw fc.unsupported(e.pos(), "assigning to this expression");
    }

    private static SliceVal slice(Object o) {
        return o == null ? new SliceVal(new Object[0], 0, 0, 0) : (SliceVal) o;
    }

    void assign(Stmt.Assign a) throws GoProblems {
        boolean define = a.op() == TokenKind.DEFINE;
        List<Expr> lhs = a.lhs();
        List<Expr> rhs = a.rhs();
        if (a.op().isOpAssign()) {
            Loc l = loc(lhs.get(0), false);
            l.prep();
            l.load();
            fc.ex.expr(rhs.get(0));
            fc.at(a.opPos());
            fc.emit(Ops.binary(a.op().binaryOfAssign(), l.type()));
            l.store();
            return;
        }
        List<Loc> locs = new ArrayList<>();
        for (Expr e : lhs) {
            locs.add(loc(e, define));
        }
        if (lhs.size() == 1 && rhs.size() == 1) {
            Loc l = locs.get(0);
            l.prep();
            fc.ex.exprAs(rhs.get(0), l.type());
            fc.at(a.opPos());
            l.store();
            return;
        }
        int n = lhs.size();
        int[] tmp = new int[n];
        if (rhs.size() == n) {
            for (int i = 0; i < n; i++) {
                fc.ex.exprAs(rhs.get(i), locs.get(i).type());
                tmp[i] = fc.temp();
                fc.storeTemp(tmp[i]);
            }
        } else {
            multiValue(rhs.get(0), n);
            for (int i = n - 1; i >= 0; i--) {
                fc.ex.convertTop(fc.ex.tupleType(rhs.get(0), i), locs.get(i).type());
                tmp[i] = fc.temp();
                fc.storeTemp(tmp[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            locs.get(i).prep();
            fc.loadTemp(tmp[i]);
            locs.get(i).store();
        }
    }

    void incDec(Stmt.IncDec s) throws GoProblems {
        Loc l = loc(s.x(), false);
        l.prep();
        l.load();
        fc.push(Values.isFloat(Values.kind(l.type())) ? (Object) 1.0 : (Object) 1L);
        fc.at(s.opPos());
        fc.emit(Ops.binary(s.inc() ? TokenKind.ADD : TokenKind.SUB, l.type()));
        l.store();
    }

    /** Pushes the {@code n} values of a multi-valued expression: a call, a comma-ok map index or receive. */
    void multiValue(Expr rhs, int n) throws GoProblems {
        Expr e = ExprCompiler.unparen(rhs);
        ExprCompiler ex = fc.ex;
        if (e instanceof Expr.Index ix && ex.typeOf(ix.x()).underlying() instanceof Type.MapT mt && n == 2) {
            ex.expr(ix.x());
            ex.exprAs(ix.indices().get(0), mt.key());
            Type vt = mt.value();
            fc.emit((m, f) -> {
                Object k = f.pop();
                MapVal mv = (MapVal) f.pop();
                boolean has = mv != null && mv.m.containsKey(k);
                f.push(has ? Values.copyIfStruct(mv.m.get(k)) : Values.zero(vt));
                f.push(has);
            });
            return;
        }
        if (e instanceof Expr.Unary u && u.op() == TokenKind.ARROW && n == 2) {
            ex.expr(u.x());
            fc.at(u.pos());
            ex.recv(((Type.Chan) ex.typeOf(u.x()).underlying()).elem(), true);
            return;
        }
        ex.expr(e);
    }
}
