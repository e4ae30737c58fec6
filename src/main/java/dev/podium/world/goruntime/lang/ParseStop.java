package dev.podium.world.goruntime.lang;

/**
 * Thrown inside the lexer and parser at the first syntax error or unsupported construct; {@link GoSource} turns
 * it into a {@link GoProblems}. Never escapes the package.
 */
final class ParseStop extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient Pos pos;

    ParseStop(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    /** A refusal worded as every refusal is: {@code <construct> is not supported by Podium's Go subset}. */
    static ParseStop unsupported(Pos pos, String construct) {
        return new ParseStop(pos, Unsupported.message(construct));
    }
}
