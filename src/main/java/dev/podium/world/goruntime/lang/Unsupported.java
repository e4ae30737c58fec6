package dev.podium.world.goruntime.lang;

/** The one wording of a refusal, so the lexer, parser and checker say it alike. */
final class Unsupported {

    static final String SUFFIX = " is not supported by Podium's Go subset";

    private Unsupported() {
    }

    /** {@code <construct> is not supported by Podium's Go subset}. */
    static String message(String construct) {
        return construct + SUFFIX;
    }
}
