package dev.podium.world.goruntime.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels and branches, checked before types as the go tool does (its errors stop compilation before type
 * checking): {@code break is not in a loop, switch, or select}, {@code continue is not in a loop},
 * {@code invalid break label L}, {@code break label not defined: L}, {@code label L defined and not used}. A
 * label on anything but for, switch or select could only serve goto, which the subset refuses, so it is refused.
 */
final class Branches {

    private record Label(Pos pos, Stmt stmt, boolean[] used) {
    }

    private record Frame(String label, boolean loop) {
    }

    private final String file;
    private final List<GoProblem> problems = new ArrayList<>();
    private Map<String, Label> labels;
    private final Deque<Frame> frames = new ArrayDeque<>();

    Branches(String file) {
        this.file = file;
    }

    List<GoProblem> check(SourceFile f) {
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Func fn && fn.body() != null) {
                function(fn.body());
            } else {
                AstWalk.funcLits(d, lit -> function(lit.body()));
            }
        }
        return problems;
    }

    private void function(Stmt.Block body) {
        Map<String, Label> savedLabels = labels;
        List<Frame> savedFrames = new ArrayList<>(frames);
        frames.clear();
        labels = new LinkedHashMap<>();
        collect(body);
        walk(body);
        for (Map.Entry<String, Label> e : labels.entrySet()) {
            if (!e.getValue().used()[0]) {
                error(e.getValue().pos(), "label " + e.getKey() + " defined and not used");
            }
        }
        labels = savedLabels;
        frames.clear();
        frames.addAll(savedFrames);
    }

    private void collect(Stmt s) {
        AstWalk.stmts(s, x -> {
            if (x instanceof Stmt.Labeled l) {
                String name = l.label().name();
                if (name.equals("_")) {
                    return;
                }
                Label old = labels.get(name);
                if (old != null) {
                    error(l.pos(), "label " + name + " already defined at " + file + ":" + old.pos());
                } else {
                    labels.put(name, new Label(l.pos(), l.stmt(), new boolean[1]));
                }
                Stmt t = l.stmt();
                if (!(t instanceof Stmt.For || t instanceof Stmt.Range || t instanceof Stmt.Switch
                        || t instanceof Stmt.Select)) {
                    error(l.pos(), Unsupported.message("a label on a statement other than for, switch or select"));
                }
            }
        });
    }

    private void walk(Stmt s) {
        if (s instanceof Stmt.Labeled l) {
            Stmt t = l.stmt();
            boolean breakable = t instanceof Stmt.For || t instanceof Stmt.Range || t instanceof Stmt.Switch
                    || t instanceof Stmt.Select;
            if (breakable) {
                frames.push(new Frame(l.label().name(), t instanceof Stmt.For || t instanceof Stmt.Range));
                walkInside(t);
                frames.pop();
            } else {
                walk(t);
            }
            return;
        }
        if (s instanceof Stmt.For || s instanceof Stmt.Range || s instanceof Stmt.Switch || s instanceof Stmt.Select) {
            frames.push(new Frame(null, s instanceof Stmt.For || s instanceof Stmt.Range));
            walkInside(s);
            frames.pop();
            return;
        }
        if (s instanceof Stmt.Branch b) {
            branch(b);
            return;
        }
        if (s instanceof Stmt.Block b) {
            b.stmts().forEach(this::walk);
        } else if (s instanceof Stmt.If i) {
            walk(i.then());
            if (i.els() != null) {
                walk(i.els());
            }
        }
        AstWalk.funcLitsOfStmt(s, lit -> function(lit.body()));
    }

    private void walkInside(Stmt s) {
        AstWalk.funcLitsOfStmt(s, lit -> function(lit.body()));
        if (s instanceof Stmt.For f) {
            walk(f.body());
        } else if (s instanceof Stmt.Range r) {
            walk(r.body());
        } else if (s instanceof Stmt.Switch sw) {
            sw.clauses().forEach(cc -> cc.body().forEach(this::walk));
        } else if (s instanceof Stmt.Select sel) {
            sel.clauses().forEach(cc -> cc.body().forEach(this::walk));
        }
    }

    private void branch(Stmt.Branch b) {
        boolean isBreak = b.kind() == TokenKind.BREAK;
        if (b.kind() != TokenKind.BREAK && b.kind() != TokenKind.CONTINUE) {
            return;
        }
        if (b.label() == null) {
            boolean ok = isBreak ? !frames.isEmpty() : frames.stream().anyMatch(Frame::loop);
            if (!ok) {
                error(b.pos(), isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
            }
            return;
        }
        String name = b.label().name();
        Label l = labels.get(name);
        if (l == null) {
            error(b.label().pos(), (isBreak ? "break" : "continue") + " label not defined: " + name);
            return;
        }
        l.used()[0] = true;
        boolean ok = frames.stream().anyMatch(f -> name.equals(f.label()) && (isBreak || f.loop()));
        if (!ok) {
            error(b.label().pos(), "invalid " + (isBreak ? "break" : "continue") + " label " + name);
        }
    }

    private void error(Pos pos, String msg) {
        problems.add(new GoProblem(file, pos, msg));
    }
}
