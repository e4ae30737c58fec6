package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Decl;
import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.Field;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Obj;
import dev.podium.world.goruntime.lang.Pos;
import dev.podium.world.goruntime.lang.Stmt;
import dev.podium.world.goruntime.lang.TokenKind;
import dev.podium.world.goruntime.lang.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one function body (a declared function, a method or a closure) to a {@link Code}: frame slots for its
 * variables, statements, and the emission helpers {@link ExprCompiler} and {@link CallCompiler} share.
 */
final class FnCompiler {
    final Compiler c;
    final FnCompiler outer;
    final Code code;
    final ExprCompiler ex;
    final CallCompiler calls;
    private final List<Ins> ins = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    int line;
    final Map<Obj.Var, Integer> slots = new IdentityHashMap<>();
    final List<Obj.Var> freeVars = new ArrayList<>();
    int nslots;
    List<Type> resultTypes = List.of();
    int[] resultSlots = new int[0];
    final Label epilogue = new Label();
    private final Deque<Target> targets = new ArrayDeque<>();
    private String pendingLabel;
    int closures;

    /** A jump target, resolved when marked. */
    static final class Label {
        int pc = -1;
    }

    private record Target(String label, Label brk, Label cont, boolean breakable) {
    }

    FnCompiler(Compiler c, FnCompiler outer, Code code) {
        this.c = c;
        this.outer = outer;
        this.code = code;
        this.ex = new ExprCompiler(this);
        this.calls = new CallCompiler(this);
    }

    // ---- emission

    void emit(Ins i) {
        ins.add(i);
        lines.add(line);
    }

    void at(Pos p) {
        if (p != null) {
            line = p.line();
        }
    }

    void mark(Label l) {
        l.pc = ins.size();
    }

    void jump(Label l) {
        emit((m, f) -> f.pc = l.pc);
    }

    void jumpIfFalse(Label l) {
        emit((m, f) -> {
            if (!(Boolean) f.pop()) {
                f.pc = l.pc;
            }
        });
    }

    void jumpIfTrue(Label l) {
        emit((m, f) -> {
            if ((Boolean) f.pop()) {
                f.pc = l.pc;
            }
        });
    }

    void push(Object v) {
        emit((m, f) -> f.push(v));
    }

    void pop(int n) {
        for (int i = 0; i < n; i++) {
            emit((m, f) -> f.pop());
        }
    }

    int temp() {
        return nslots++;
    }

    void storeTemp(int slot) {
        emit((m, f) -> f.s[slot] = f.pop());
    }

    void loadTemp(int slot) {
        emit((m, f) -> f.push(f.s[slot]));
    }

    GoProblems unsupported(Pos pos, String what) {
        return Compiler.problem(c.cp.fileName(), pos, what + " is not supported by Podium's Go subset");
    }

    // ---- variables

    boolean isCell(Obj.Var v) {
        return c.captured.contains(v);
    }

    int declare(Obj.Var v) {
        int s = nslots++;
        slots.put(v, s);
        return s;
    }

    int freeIndex(Obj.Var v) {
        for (int i = 0; i < freeVars.size(); i++) {
            if (freeVars.get(i) == v) {
                return i;
            }
        }
        freeVars.add(v);
        return freeVars.size() - 1;
    }

    /** Pushes the value of a variable (not copied). */
    void load(Obj.Var v) {
        Integer g = c.globals.get(v);
        if (g != null) {
            int gi = g;
            emit((m, f) -> f.push(m.p.globals[gi]));
            return;
        }
        Integer s = slots.get(v);
        if (s != null) {
            int si = s;
            if (isCell(v)) {
                emit((m, f) -> f.push(((Cell) f.s[si]).v));
            } else {
                emit((m, f) -> f.push(f.s[si]));
            }
            return;
        }
        int fi = freeIndex(v);
        emit((m, f) -> f.push(((Cell) f.free[fi]).v));
    }

    /** Pops a value into a variable by assignment (a struct is copied into the variable's struct). */
    void store(Obj.Var v) {
        boolean struct = Values.isStruct(v.type());
        Integer g = c.globals.get(v);
        if (g != null) {
            int gi = g;
            emit(struct ? (m, f) -> assignStruct(m.p.globals, gi, f.pop()) : (m, f) -> m.p.globals[gi] = f.pop());
            return;
        }
        Integer s = slots.get(v);
        if (s != null) {
            int si = s;
            if (isCell(v)) {
                emit((m, f) -> {
                    Cell cell = (Cell) f.s[si];
                    Object val = f.pop();
                    if (cell.v instanceof StructVal sv && val instanceof StructVal nv) {
                        sv.assign(nv);
                    } else {
                        cell.v = val;
                    }
                });
            } else {
                emit(struct ? (m, f) -> assignStruct(f.s, si, f.pop()) : (m, f) -> f.s[si] = f.pop());
            }
            return;
        }
        int fi = freeIndex(v);
        emit((m, f) -> {
            Cell cell = (Cell) f.free[fi];
            Object val = f.pop();
            if (cell.v instanceof StructVal sv && val instanceof StructVal nv) {
                sv.assign(nv);
            } else {
                cell.v = val;
            }
        });
    }

    static void assignStruct(Object[] where, int i, Object val) {
        if (where[i] instanceof StructVal sv && val instanceof StructVal nv) {
            sv.assign(nv);
        } else {
            where[i] = val;
        }
    }

    /** Pops a value into a newly declared variable (a fresh cell if captured: Go 1.22's per-iteration variables). */
    void declStore(Obj.Var v) {
        if (c.globals.containsKey(v)) {
            store(v);
            return;
        }
        int si = slots.containsKey(v) ? slots.get(v) : declare(v);
        if (isCell(v)) {
            emit((m, f) -> f.s[si] = new Cell(f.pop()));
        } else {
            emit((m, f) -> f.s[si] = f.pop());
        }
    }

    /** Pushes the cell of a captured variable, for a closure being created here. */
    void pushCell(Obj.Var v) {
        Integer s = slots.get(v);
        if (s != null) {
            int si = s;
            emit((m, f) -> f.push(f.s[si]));
            return;
        }
        int fi = freeIndex(v);
        emit((m, f) -> f.push(f.free[fi]));
    }

    Obj.Var varOf(Expr.Ident id) {
        Obj o = c.info.objectOf(id);
        return o instanceof Obj.Var v && !v.name().equals("_") ? v : null;
    }

    // ---- functions

    /** Compiles a function: parameters (receiver first), results, body, epilogue. */
    void function(Field recv, Expr.FuncType type, Stmt.Block body) throws GoProblems {
        at(type.pos());
        List<Integer> capturedParams = new ArrayList<>();
        List<Field> params = new ArrayList<>();
        if (recv != null) {
            params.add(recv);
        }
        params.addAll(type.params());
        for (Field fld : params) {
            if (fld.names().isEmpty()) {
                nslots++;
            }
            for (Expr.Ident id : fld.names()) {
                Obj o = c.info.defOf(id);
                if (o instanceof Obj.Var v && !id.name().equals("_")) {
                    int s = declare(v);
                    if (isCell(v)) {
                        capturedParams.add(s);
                    }
                } else {
                    nslots++;
                }
            }
        }
        code.nparams = nslots;
        for (int s : capturedParams) {
            emit((m, f) -> f.s[s] = new Cell(f.s[s]));
        }
        List<Type> rtypes = new ArrayList<>();
        List<Integer> rslots = new ArrayList<>();
        List<Boolean> rcells = new ArrayList<>();
        for (Field fld : type.results()) {
            Type t = c.typeOf(fld.type());
            int n = Math.max(1, fld.names().size());
            for (int i = 0; i < n; i++) {
                Obj.Var v = fld.names().isEmpty() ? null : (Obj.Var) c.info.defOf(fld.names().get(i));
                int s = v != null && !v.name().equals("_") ? declare(v) : temp();
                rtypes.add(t);
                rslots.add(s);
                boolean cell = v != null && isCell(v);
                rcells.add(cell);
                pushZero(t);
                if (cell) {
                    emit((m, f) -> f.s[s] = new Cell(f.pop()));
                } else {
                    storeTemp(s);
                }
            }
        }
        resultTypes = rtypes;
        resultSlots = rslots.stream().mapToInt(Integer::intValue).toArray();
        code.resultSlots = resultSlots;
        code.resultCells = new boolean[rcells.size()];
        for (int i = 0; i < rcells.size(); i++) {
            code.resultCells[i] = rcells.get(i);
        }
        block(body.stmts());
        at(body.rbrace());
        mark(epilogue);
        code.epilogue = epilogue.pc;
        emit((m, f) -> m.runDefers(f));
        emit((m, f) -> m.ret(f));
        finish();
    }

    void finish() {
        code.ins = ins.toArray(new Ins[0]);
        code.lines = lines.stream().mapToInt(Integer::intValue).toArray();
        code.nlocals = nslots;
    }

    void pushZero(Type t) {
        Object z = Values.zero(t);
        if (z == null || z instanceof Long || z instanceof Double || z instanceof String || z instanceof Boolean
                || z instanceof Natives.Time) {
            push(z);
        } else {
            emit((m, f) -> f.push(Values.zero(t)));
        }
    }

    // ---- statements

    void block(List<Stmt> stmts) throws GoProblems {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    void stmt(Stmt s) throws GoProblems {
        at(s.pos());
        String label = pendingLabel;
        pendingLabel = null;
        if (s instanceof Stmt.Empty e) {
        } else if (s instanceof Stmt.ExprStmt e) {
            int n = ex.valueCount(e.x());
            ex.expr(e.x());
            pop(n);
        } else if (s instanceof Stmt.Send snd) {
            ex.expr(snd.chan());
            Type ct = c.typeOf(snd.chan()).underlying();
            ex.exprAs(snd.value(), ((Type.Chan) ct).elem());
            at(snd.arrow());
            emit((m, f) -> {
                Object v = f.pop();
                m.call(new dev.podium.world.goruntime.rt.Op.Send(f.line(),
                        (dev.podium.world.goruntime.rt.Hchan) f.pop(), v), Machine.A_NONE);
            });
        } else if (s instanceof Stmt.IncDec id) {
            new Assigner(this).incDec(id);
        } else if (s instanceof Stmt.Assign a) {
            new Assigner(this).assign(a);
        } else if (s instanceof Stmt.Go g) {
            calls.goOrDefer(g.call(), true);
        } else if (s instanceof Stmt.Defer d) {
            calls.goOrDefer(d.call(), false);
        } else if (s instanceof Stmt.Return r) {
            ret(r);
        } else if (s instanceof Stmt.Branch b) {
            branch(b);
        } else if (s instanceof Stmt.Block b) {
            block(b.stmts());
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.Switch sw) {
            new Switches(this).switchStmt(sw, label);
        } else if (s instanceof Stmt.Select sel) {
            new Switches(this).select(sel, label);
        } else if (s instanceof Stmt.For fr) {
            forStmt(fr, label);
        } else if (s instanceof Stmt.Range r) {
            new Ranges(this).range(r, label);
        } else if (s instanceof Stmt.Labeled l) {
            pendingLabel = l.label().name();
            Label end = new Label();
            if (!(l.stmt() instanceof Stmt.For || l.stmt() instanceof Stmt.Range
                    || l.stmt() instanceof Stmt.Switch || l.stmt() instanceof Stmt.Select)) {
                targets.push(new Target(l.label().name(), end, null, false));
                pendingLabel = null;
                stmt(l.stmt());
                popTarget();
            } else {
                stmt(l.stmt());
            }
            mark(end);
        } else if (s instanceof Stmt.DeclStmt d) {
            if (d.decl() instanceof Decl.Var v) {
                varDecl(v);
            }
        }
    }

    void varDecl(Decl.Var v) throws GoProblems {
        for (Decl.VarSpec spec : v.specs()) {
            at(spec.pos());
            List<Obj.Var> vars = new ArrayList<>();
            for (Expr.Ident id : spec.names()) {
                Obj o = c.info.defOf(id);
                vars.add(o instanceof Obj.Var ov && !id.name().equals("_") ? ov : null);
            }
            if (spec.values().isEmpty()) {
                for (Obj.Var ov : vars) {
                    if (ov != null) {
                        pushZero(ov.type());
                        declStore(ov);
                    }
                }
                continue;
            }
            if (spec.values().size() == vars.size()) {
                for (int i = 0; i < vars.size(); i++) {
                    Obj.Var ov = vars.get(i);
                    ex.exprAs(spec.values().get(i), ov != null ? ov.type() : null);
                    if (ov != null) {
                        declStore(ov);
                    } else {
                        pop(1);
                    }
                }
            } else {
                // var a, b = f()
                Expr rhs = spec.values().get(0);
                new Assigner(this).multiValue(rhs, vars.size());
                for (int i = vars.size() - 1; i >= 0; i--) {
                    Obj.Var ov = vars.get(i);
                    if (ov != null) {
                        ex.convertTop(ex.tupleType(rhs, i), ov.type());
                        declStore(ov);
                    } else {
                        pop(1);
                    }
                }
            }
        }
    }

    private void ret(Stmt.Return r) throws GoProblems {
        List<Expr> rs = r.results();
        if (!rs.isEmpty()) {
            if (rs.size() == resultSlots.length) {
                for (int i = 0; i < rs.size(); i++) {
                    ex.exprAs(rs.get(i), resultTypes.get(i));
                }
            } else {
                new Assigner(this).multiValue(rs.get(0), resultSlots.length);
                int[] tmp = new int[resultSlots.length];
                for (int i = resultSlots.length - 1; i >= 0; i--) {
                    tmp[i] = temp();
                    storeTemp(tmp[i]);
                }
                for (int i = 0; i < resultSlots.length; i++) {
                    loadTemp(tmp[i]);
                    ex.convertTop(ex.tupleType(rs.get(0), i), resultTypes.get(i));
                }
            }
            for (int i = resultSlots.length - 1; i >= 0; i--) {
                int s = resultSlots[i];
                if (code.resultCells[i]) {
                    emit((m, f) -> ((Cell) f.s[s]).v = f.pop());
                } else {
                    storeTemp(s);
                }
            }
        }
        jump(epilogue);
    }

    void pushTarget(String label, Label brk, Label cont) {
        targets.push(new Target(label, brk, cont, true));
    }

    void popTarget() {
        targets.pop();
    }

    /** The label of the next fallthrough: set by the switch compiler. */
    Label fallthroughTo;

    private void branch(Stmt.Branch b) throws GoProblems {
        String name = b.label() == null ? null : b.label().name();
        switch (b.kind()) {
            case BREAK -> {
                for (Target t : targets) {
                    if (name == null ? t.breakable : name.equals(t.label)) {
                        jump(t.brk);
                        return;
                    }
                }
                throw unsupported(b.pos(), "this break");
            }
            case CONTINUE -> {
                for (Target t : targets) {
                    if (t.cont != null && (name == null || name.equals(t.label))) {
                        jump(t.cont);
                        return;
                    }
                }
                throw unsupported(b.pos(), "this continue");
            }
            case FALLTHROUGH -> jump(fallthroughTo);
            default -> throw unsupported(b.pos(), "goto");
        }
    }

    private void ifStmt(Stmt.If i) throws GoProblems {
        if (i.init() != null) {
            stmt(i.init());
        }
        at(i.pos());
        Label els = new Label();
        Label end = new Label();
        ex.expr(i.cond());
        jumpIfFalse(els);
        block(i.then().stmts());
        jump(end);
        mark(els);
        if (i.els() != null) {
            stmt(i.els());
        }
        mark(end);
    }

    private void forStmt(Stmt.For fr, String label) throws GoProblems {
        List<Obj.Var> loopVars = new ArrayList<>();
        if (fr.init() != null) {
            stmt(fr.init());
            if (fr.init() instanceof Stmt.Assign a && a.op() == TokenKind.DEFINE) {
                for (Expr l : a.lhs()) {
                    if (l instanceof Expr.Ident id && c.info.defOf(id) instanceof Obj.Var v && isCell(v)) {
                        loopVars.add(v);
                    }
                }
            }
        }
        Label top = new Label();
        Label cont = new Label();
        Label end = new Label();
        mark(top);
        if (fr.cond() != null) {
            at(fr.cond().pos());
            ex.expr(fr.cond());
            jumpIfFalse(end);
        }
        pushTarget(label, end, cont);
        block(fr.body().stmts());
        popTarget();
        mark(cont);
        // Go 1.22: each iteration has its own copy of the loop variables
        for (Obj.Var v : loopVars) {
            int s = slots.get(v);
            emit((m, f) -> f.s[s] = new Cell(((Cell) f.s[s]).v));
        }
        if (fr.post() != null) {
            stmt(fr.post());
        }
        jump(top);
        mark(end);
    }
}
