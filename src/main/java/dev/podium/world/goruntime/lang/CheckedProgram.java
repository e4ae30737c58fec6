package dev.podium.world.goruntime.lang;

import java.util.Map;

/**
 * A Go program that parsed and type-checked clean within Podium's subset: its syntax tree, what the checker
 * learned about every expression, and the imported standard packages. Immutable once returned by
 * {@link GoSource#check}; safe to read from any thread.
 *
 * @param fileName the file name the program was checked under
 * @param source the source text
 * @param file the syntax tree
 * @param info types, constant values, name resolutions and selections
 * @param imports the imported packages by path
 * @param main the {@code main} function
 */
public record CheckedProgram(String fileName, String source, SourceFile file, TypeInfo info,
        Map<String, Package> imports, Obj.Func main) {
}
