package dev.podium.world.goruntime.lang;

import java.util.List;

/**
 * A parameter, result, struct field or interface method: names (none for an anonymous parameter or an embedded
 * field) and a type. Immutable.
 *
 * @param pos where the field starts
 * @param names the declared names, possibly empty
 * @param type the type (for an interface method, its {@link Expr.FuncType})
 */
public record Field(Pos pos, List<Expr.Ident> names, Expr type) {
}
