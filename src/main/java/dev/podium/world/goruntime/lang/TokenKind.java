package dev.podium.world.goruntime.lang;

/**
 * The kinds of Go tokens, each with the spelling the go tool uses when it names the token in a syntax error.
 */
public enum TokenKind {
    // names and literals
    IDENT("name"), INT("literal"), FLOAT("literal"), IMAG("literal"), CHAR("literal"), STRING("literal"),
    // delimiters
    LPAREN("("), RPAREN(")"), LBRACK("["), RBRACK("]"), LBRACE("{"), RBRACE("}"),
    COMMA("comma"), SEMI("semicolon or newline"), COLON(":"), DOT("."), ELLIPSIS("..."),
    // operators
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"), AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"),
    AND_NOT("&^"), LAND("&&"), LOR("||"), ARROW("<-"), NOT("!"), TILDE("~"),
    EQL("=="), NEQ("!="), LSS("<"), LEQ("<="), GTR(">"), GEQ(">="),
    ASSIGN("="), DEFINE(":="), INC("++"), DEC("--"),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="), AND_ASSIGN("&="),
    OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="), AND_NOT_ASSIGN("&^="),
    // keywords
    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"), DEFAULT("default"),
    DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"), FUNC("func"), GO("go"), GOTO("goto"),
    IF("if"), IMPORT("import"), INTERFACE("interface"), MAP("map"), PACKAGE("package"), RANGE("range"),
    RETURN("return"), SELECT("select"), STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var"),
    EOF("EOF");

    private final String spelling;

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    /** How the go tool names this kind of token in {@code expected ...} (e.g. {@code comma}, {@code )}). */
    public String spelling() {
        return spelling;
    }

    /** Whether this is a keyword ({@code break} … {@code var}). */
    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal() && ordinal() <= VAR.ordinal();
    }

    /** Whether this is a literal (number, rune or string). */
    public boolean isLiteral() {
        return ordinal() >= INT.ordinal() && ordinal() <= STRING.ordinal();
    }

    /** Whether this is an assignment operator such as {@code +=} (not {@code =} or {@code :=}). */
    public boolean isOpAssign() {
        return ordinal() >= ADD_ASSIGN.ordinal() && ordinal() <= AND_NOT_ASSIGN.ordinal();
    }

    /** For {@code +=} and its kin, the binary operator ({@code +}); otherwise this kind. */
    public TokenKind binaryOfAssign() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> this;
        };
    }

    /** Binary operator precedence as in the Go spec (5 highest), or 0 for a non-binary token. */
    public int precedence() {
        return switch (this) {
            case LOR -> 1;
            case LAND -> 2;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case ADD, SUB, OR, XOR -> 4;
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            default -> 0;
        };
    }
}
