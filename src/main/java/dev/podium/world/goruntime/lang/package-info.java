/**
 * The Go language front end of the Go runtime world: a lexer, a hand-written parser to a syntax tree of sealed
 * records, and a type checker with the go tool's messages, for the subset of Go that Podium runs. The entry point
 * is {@link dev.podium.world.goruntime.lang.GoSource#check}; the compiler to Podium's instruction set builds on the
 * {@link dev.podium.world.goruntime.lang.CheckedProgram} it returns.
 *
 * <p>Positions are {@code line:column} with columns in UTF-8 bytes, as the go tool reports them. Messages follow
 * Go 1.20 and later ({@code declared and not used: x}, {@code "os" imported and not used}, {@code unexpected name
 * y}, {@code expected ...}). Anything outside the subset is refused with
 * {@code <construct> is not supported by Podium's Go subset}.
 *
 * <p>Imports only the JDK.
 */
package dev.podium.world.goruntime.lang;
