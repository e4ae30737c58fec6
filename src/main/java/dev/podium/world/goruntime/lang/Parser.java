package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one Go source file into a {@link SourceFile}: the package clause, imports, then {@code const},
 * {@code var}, {@code type} and {@code func} declarations. Stops at the first syntax error or refused construct by
 * throwing {@link ParseStop} (the go tool goes on to report up to ten syntax errors; Podium reports the first).
 * Not thread-safe; one instance per parse.
 */
final class Parser extends StmtParser {

    Parser(String src) {
        super(src);
    }

    SourceFile file() {
        if (!got(TokenKind.PACKAGE)) {
            throw syntaxError("package statement must be first");
        }
        Expr.Ident pkg = name();
        want(TokenKind.SEMI);
        List<SourceFile.ImportSpec> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        boolean importsDone = false;
        while (!at(TokenKind.EOF)) {
            if (at(TokenKind.IMPORT) && importsDone) {
                throw syntaxError("imports must appear before other declarations");
            }
            switch (tok.kind()) {
                case IMPORT -> {
                    next();
                    group(() -> imports.add(importSpec()));
                }
                case CONST, VAR, TYPE -> {
                    importsDone = true;
                    declaration(decls::add);
                }
                case FUNC -> {
                    importsDone = true;
                    decls.add(funcDecl());
                }
                default -> {
                    if (at(TokenKind.LBRACE) && !decls.isEmpty() && decls.get(decls.size() - 1) instanceof Decl.Func f
                            && f.body() == null) {
                        throw syntaxError("unexpected semicolon or newline before {");
                    }
                    throw syntaxError("non-declaration statement outside function body");
                }
            }
            if (!at(TokenKind.EOF) && !got(TokenKind.SEMI)) {
                throw syntaxError("after top level declaration");
            }
        }
        return new SourceFile(pkg, imports, decls, tok.pos());
    }

    private SourceFile.ImportSpec importSpec() {
        Pos pos = tok.pos();
        Expr.Ident local = null;
        if (at(TokenKind.IDENT)) {
            local = name();
        } else if (at(TokenKind.DOT)) {
            throw ParseStop.unsupported(tok.pos(), "a dot import");
        }
        if (!tok.kind().isLiteral()) {
            throw syntaxError("missing import path");
        }
        if (tok.kind() != TokenKind.STRING) {
            throw syntaxError("import path must be a string");
        }
        Expr.BasicLit path = new Expr.BasicLit(tok.pos(), tok.kind(), tok.text(), tok.value());
        next();
        return new SourceFile.ImportSpec(pos, local, path);
    }

    private Decl.Func funcDecl() {
        Pos pos = tok.pos();
        want(TokenKind.FUNC);
        Field recv = null;
        if (got(TokenKind.LPAREN)) {
            Pos rpos = tok.pos();
            List<Field> rs = paramList(TokenKind.RPAREN);
            int n = rs.stream().mapToInt(f -> Math.max(1, f.names().size())).sum();
            if (n == 0) {
                throw errorAt(rpos, "method has no receiver");
            }
            if (n > 1) {
                throw errorAt(rpos, "method has multiple receivers");
            }
            recv = rs.get(0);
        }
        if (!at(TokenKind.IDENT)) {
            throw syntaxError(recv == null ? "expected name or (" : "expected name");
        }
        Expr.Ident name = name();
        Expr.FuncType type = funcType(pos);
        Stmt.Block body = at(TokenKind.LBRACE) ? funcBody() : null;
        return new Decl.Func(pos, recv, name, type, body);
    }
}
