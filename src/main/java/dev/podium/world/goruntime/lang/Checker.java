package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Type-checks one parsed file, the way the go tool's type checker does, in the same order: package-level
 * declarations, then function bodies in source order (each function's unused variables at its end), then unused
 * imports. Errors are collected, not thrown; {@link #problems()} returns them as the go tool prints them: the
 * first ten reported, sorted by position, and a {@code too many errors} line if there were ten or more.
 *
 * <p>Also checks the standard library's own declarations ({@code std} mode), where interfaces, arrays, embedded
 * fields and bodiless functions are allowed. One instance per file; not thread-safe.
 */
final class Checker {

    private static final int MAX_ERRORS = 10;

    final String file;
    final boolean std;
    final String pkgPath;
    final TypeInfo info = new TypeInfo();
    final TypeResolver types = new TypeResolver(this);
    final ExprChecker exprs = new ExprChecker(this);
    final CallChecker calls = new CallChecker(this);
    final StmtChecker stmts = new StmtChecker(this);
    final Assignments assign = new Assignments(this);
    final DeclResolver decls = new DeclResolver(this);
    final Scope pkgScope = new Scope(Universe.SCOPE, false);
    final Scope fileScope = new Scope(pkgScope, false);
    final Map<String, Package> imported = new LinkedHashMap<>();
    /** The innermost scope while checking. */
    Scope scope = fileScope;
    /** The value of {@code iota} inside a constant declaration, else null. */
    Object iota;
    private final List<GoProblem> reported = new ArrayList<>();
    private Pos lastPos;
    private String lastMsg;

    /** Finds an imported package by path, or null. */
    final Function<String, Package> importer;

    Checker(String file, boolean std, String pkgPath, Function<String, Package> importer) {
        this.file = file;
        this.std = std;
        this.pkgPath = pkgPath;
        this.importer = importer;
    }

    /** Checks the file; errors are then in {@link #problems()}. */
    void check(SourceFile f) {
        if (!std && !f.pkgName().name().equals("main")) {
            unsupported(f.pkgName().pos(), "a package other than main");
        }
        decls.collect(f);
        decls.resolveAll();
        types.finishPointers();
        stmts.checkBodies();
        if (!std) {
            decls.unusedImports();
        }
    }

    void error(Pos pos, String msg) {
        if (lastPos != null && lastPos.line() == pos.line() && msg.equals(lastMsg)) {
            return; // the go tool shows one of several equal errors on a line
        }
        lastPos = pos;
        lastMsg = msg;
        reported.add(new GoProblem(file, pos, msg));
    }

    void unsupported(Pos pos, String construct) {
        error(pos, Unsupported.message(construct));
    }

    int errorCount() {
        return reported.size();
    }

    boolean hasErrors() {
        return !reported.isEmpty();
    }

    /** The problems as the go tool prints them. */
    List<GoProblem> problems() {
        List<GoProblem> first = new ArrayList<>(reported.subList(0, Math.min(MAX_ERRORS, reported.size())));
        first.sort(Comparator.comparing(GoProblem::pos));
        if (reported.size() >= MAX_ERRORS) {
            first.add(new GoProblem(file, reported.get(MAX_ERRORS - 1).pos(), "too many errors"));
        }
        return first;
    }

    Obj lookup(String name) {
        return scope.lookup(name);
    }

    /** Opens a scope under the current one. */
    Scope openScope(boolean isFunc) {
        scope = new Scope(scope, isFunc);
        return scope;
    }

    void closeScope() {
        scope = scope.parent;
    }

    /** Declares {@code o} in the current scope, reporting a redeclaration. */
    void declare(Expr.Ident id, Obj o) {
        info.recordDef(id, o);
        if (id.name().equals("_")) {
            return;
        }
        Obj old = scope.insert(o);
        if (old != null) {
            redeclared(id, old);
        }
    }

    void redeclared(Expr.Ident id, Obj old) {
        String msg = id.name() + " redeclared in this block";
        if (old.pos() != null) {
            msg += "\n\t" + file + ":" + old.pos() + ": other declaration of " + id.name();
        }
        error(id.pos(), msg);
    }
}
