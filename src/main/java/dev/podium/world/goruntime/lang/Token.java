package dev.podium.world.goruntime.lang;

/**
 * One Go token.
 *
 * @param kind what it is
 * @param text the source text of a name or literal; for a semicolon, {@code semicolon}, {@code newline} or
 *     {@code EOF} (whether it was written or inserted, as the go tool says in its errors); otherwise the spelling
 * @param value the decoded value of a literal: a {@link java.math.BigInteger} (INT), a {@link java.math.BigDecimal}
 *     (FLOAT), an {@link Integer} code point (CHAR) or a {@link String} (STRING); null for other tokens
 * @param pos where it starts
 */
public record Token(TokenKind kind, String text, Object value, Pos pos) {

    /** How the go tool names this token after {@code unexpected}: {@code name x}, {@code literal 1}, {@code newline},
     * {@code keyword func}, {@code )}, {@code comma}. */
    public String describe() {
        return switch (kind) {
            case IDENT -> "name " + text;
            case SEMI -> text;
            case EOF -> "EOF";
            default -> kind.isLiteral() ? "literal " + text : kind.isKeyword() ? "keyword " + text : kind.spelling();
        };
    }
}
