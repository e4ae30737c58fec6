package dev.podium.world.goruntime.lang;

import java.util.List;

/**
 * One parsed Go file: its package clause, imports and declarations in source order. Immutable.
 *
 * @param pkgName the package name after {@code package}
 * @param imports the import specs, in order
 * @param decls the top-level declarations, in order
 * @param end the position of the end of the file
 */
public record SourceFile(Expr.Ident pkgName, List<ImportSpec> imports, List<Decl> decls, Pos end) {

    /**
     * {@code import name "path"}.
     *
     * @param pos where the spec starts
     * @param name the local name, or null
     * @param path the path literal (its value is the path)
     */
    public record ImportSpec(Pos pos, Expr.Ident name, Expr.BasicLit path) {

        /** The import path. */
        public String pathValue() {
            return (String) path.value();
        }
    }
}
