package dev.podium.scenario.goruntime;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.SourceLocation;
import dev.podium.world.goruntime.exec.TopLevelFunctions;
import dev.podium.world.goruntime.lang.BasicKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code function} and {@code args} of an {@code addGoroutine} action checked against the program's top-level
 * functions, as the go tool checks {@code go f(args)}: the arguments are Go literals separated by commas ({@code 3,
 * "hi", true, 2.5}, optionally in brackets), each of which must be assignable to its parameter (an untyped constant:
 * an integer fits any integer type it does not overflow and any float type; a float fits float types, and integer
 * types when it is whole). Problems are located in the scenario file: at the function's name, or at the argument
 * within the {@code args} text. Stateless.
 */
final class GoCallArgs {
    /** One literal: its value (BigInteger, BigDecimal, String or Boolean), its text and its offset in the args text. */
    record Literal(Object value, String text, int offset) {
    }

    private GoCallArgs() {
    }

    /**
     * The arguments for {@code function}, as the runtime takes them (Long, Double, Boolean, String).
     *
     * @param functionWhere where the function's name is written
     * @param args the args text ("" for none)
     * @param argsWhere where the args text is written (null when absent)
     */
    static Object[] check(List<TopLevelFunctions.Function> functions, String function, SourceLocation functionWhere,
                          String args, SourceLocation argsWhere) throws ScenarioException {
        TopLevelFunctions.Function f = TopLevelFunctions.find(functions, function);
        if (f == null) {
            List<String> names = functions.stream().map(TopLevelFunctions.Function::name).toList();
            throw new ScenarioException(functionWhere, "addGoroutine: the program has no top-level function '"
                    + function + "'" + (names.isEmpty() ? " (it has none besides main)"
                    : " (it has: " + String.join(", ", names) + ")"));
        }
        if (f.variadic()) {
            throw new ScenarioException(functionWhere, "addGoroutine: " + function + " is variadic (..."
                    + "); Podium starts only functions with a fixed list of parameters");
        }
        SourceLocation at = argsWhere == null ? functionWhere : argsWhere;
        List<Literal> literals = parse(args, at);
        if (literals.size() != f.paramTypes().size()) {
            throw new ScenarioException(at, "addGoroutine: " + (literals.size() < f.paramTypes().size()
                    ? "not enough" : "too many") + " arguments in call to " + function + "\n\thave ("
                    + kinds(literals) + ")\n\twant (" + String.join(", ", f.paramTypes()) + ")");
        }
        Object[] out = new Object[literals.size()];
        for (int i = 0; i < literals.size(); i++) {
            out[i] = convert(literals.get(i), f.paramKinds().get(i), f.paramTypes().get(i), function,
                    shifted(at, literals.get(i).offset()));
        }
        return out;
    }

    private static String kinds(List<Literal> literals) {
        List<String> k = new ArrayList<>();
        for (Literal l : literals) {
            k.add(l.value() instanceof BigInteger ? "number" : l.value() instanceof BigDecimal ? "number"
                    : l.value() instanceof String ? "string" : "bool");
        }
        return String.join(", ", k);
    }

    private static Object convert(Literal l, BasicKind kind, String type, String function, SourceLocation where)
            throws ScenarioException {
        String cannot = "addGoroutine: cannot use " + l.text() + " (untyped " + untyped(l) + " constant) as " + type
                + " value in argument to " + function;
        if (kind == null) {
            throw new ScenarioException(where, cannot + " (an action passes only int, float, string and bool "
                    + "literals)");
        }
        Object v = l.value();
        if (isInt(kind) && (v instanceof BigInteger || v instanceof BigDecimal d && isWhole(d))) {
            BigInteger n = v instanceof BigInteger b ? b : ((BigDecimal) v).toBigIntegerExact();
            if (n.compareTo(min(kind)) < 0 || n.compareTo(max(kind)) > 0) {
                throw new ScenarioException(where, cannot + " (overflows)");
            }
            return n.longValue();
        }
        if ((kind == BasicKind.FLOAT32 || kind == BasicKind.FLOAT64) && (v instanceof BigInteger
                || v instanceof BigDecimal)) {
            double d = new BigDecimal(v.toString()).doubleValue();
            if (Double.isInfinite(d)) {
                throw new ScenarioException(where, cannot + " (overflows)");
            }
            return d;
        }
        if (kind == BasicKind.STRING && v instanceof String s) {
            return s;
        }
        if (kind == BasicKind.BOOL && v instanceof Boolean b) {
            return b;
        }
        if (isInt(kind) && v instanceof BigDecimal) {
            throw new ScenarioException(where, cannot + " (truncated)");
        }
        throw new ScenarioException(where, cannot);
    }

    private static String untyped(Literal l) {
        return l.value() instanceof BigInteger ? "int" : l.value() instanceof BigDecimal ? "float"
                : l.value() instanceof String ? "string" : "bool";
    }

    private static boolean isWhole(BigDecimal d) {
        return d.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isInt(BasicKind k) {
        return k.ordinal() >= BasicKind.INT.ordinal() && k.ordinal() <= BasicKind.UINTPTR.ordinal();
    }

    private static BigInteger min(BasicKind k) {
        return switch (k) {
            case INT8 -> BigInteger.valueOf(Byte.MIN_VALUE);
            case INT16 -> BigInteger.valueOf(Short.MIN_VALUE);
            case INT32 -> BigInteger.valueOf(Integer.MIN_VALUE);
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> BigInteger.ZERO;
            default -> BigInteger.valueOf(Long.MIN_VALUE);
        };
    }

    private static BigInteger max(BasicKind k) {
        return switch (k) {
            case INT8 -> BigInteger.valueOf(Byte.MAX_VALUE);
            case INT16 -> BigInteger.valueOf(Short.MAX_VALUE);
            case INT32 -> BigInteger.valueOf(Integer.MAX_VALUE);
            case UINT8 -> BigInteger.valueOf(255);
            case UINT16 -> BigInteger.valueOf(65535);
            case UINT32 -> BigInteger.valueOf(4294967295L);
            // uint and uint64 hold up to 2^64-1 in Go; Podium's interpreter keeps int64 bits, so stop at 2^63-1
            default -> BigInteger.valueOf(Long.MAX_VALUE);
        };
    }

    private static SourceLocation shifted(SourceLocation at, int offset) {
        return at.line() <= 0 ? at : new SourceLocation(at.file(), at.line(), at.column() + offset);
    }

    // ---- the literals

    /** The literals of {@code text}: Go literals separated by commas, optionally within one pair of brackets. */
    static List<Literal> parse(String text, SourceLocation where) throws ScenarioException {
        List<Literal> out = new ArrayList<>();
        int i = skip(text, 0);
        int end = text.length();
        while (end > i && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (i < end && text.charAt(i) == '[') {
            if (text.charAt(end - 1) != ']') {
                throw new ScenarioException(shifted(where, i), "addGoroutine: args: '[' without a closing ']'");
            }
            i = skip(text, i + 1);
            end--;
        }
        while (i < end && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (i < end) {
            int start = i;
            i = literalEnd(text, i, end, where);
            out.add(new Literal(value(text.substring(start, i), shifted(where, start)), text.substring(start, i),
                    start));
            i = skip(text, i);
            if (i < end) {
                if (text.charAt(i) != ',') {
                    throw new ScenarioException(shifted(where, i), "addGoroutine: args: expected ',' between "
                            + "arguments, found '" + text.charAt(i) + "'");
                }
                i = skip(text, i + 1);
                if (i >= end) {
                    throw new ScenarioException(shifted(where, i), "addGoroutine: args: an argument is missing "
                            + "after the last ','");
                }
            }
        }
        return out;
    }

    private static int skip(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int literalEnd(String text, int i, int end, SourceLocation where) throws ScenarioException {
        char c = text.charAt(i);
        if (c == '"' || c == '`') {
            int j = i + 1;
            while (j < end && text.charAt(j) != c) {
                j += c == '"' && text.charAt(j) == '\\' ? 2 : 1;
            }
            if (j >= end) {
                throw new ScenarioException(shifted(where, i), "addGoroutine: args: string literal not terminated");
            }
            return j + 1;
        }
        int j = i;
        while (j < end && text.charAt(j) != ',' && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j == i) {
            throw new ScenarioException(shifted(where, i), "addGoroutine: args: expected a literal, found '" + c
                    + "'");
        }
        return j;
    }

    private static Object value(String t, SourceLocation where) throws ScenarioException {
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        if (t.startsWith("\"")) {
            return unquote(t, where);
        }
        if (t.startsWith("`")) {
            return t.substring(1, t.length() - 1).replace("\r", "");
        }
        String n = t.replace("_", "");
        boolean negative = n.startsWith("-");
        String body = negative || n.startsWith("+") ? n.substring(1) : n;
        try {
            String lower = body.toLowerCase(java.util.Locale.ROOT);
            BigInteger radix = null;
            if (lower.startsWith("0x")) {
                radix = new BigInteger(body.substring(2), 16);
            } else if (lower.startsWith("0b")) {
                radix = new BigInteger(body.substring(2), 2);
            } else if (lower.startsWith("0o")) {
                radix = new BigInteger(body.substring(2), 8);
            } else if (body.matches("0[0-7]+")) {
                radix = new BigInteger(body.substring(1), 8);
            } else if (body.matches("[0-9]+")) {
                radix = new BigInteger(body);
            }
            if (radix != null) {
                return negative ? radix.negate() : radix;
            }
            if (body.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                BigDecimal d = new BigDecimal(body);
                return negative ? d.negate() : d;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the problem below
        }
        throw new ScenarioException(where, "addGoroutine: args: '" + t + "' is not a Go literal (an int, a float, "
                + "a \"string\", true or false)");
    }

    private static String unquote(String t, SourceLocation where) throws ScenarioException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = t.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '\\' -> b.append('\\');
                case '"' -> b.append('"');
                case 'u' -> {
                    if (i + 4 >= t.length() - 1 + 1 || !t.substring(i + 1, Math.min(t.length() - 1, i + 5))
                            .matches("[0-9a-fA-F]{4}")) {
                        throw new ScenarioException(shifted(where, i - 1), "addGoroutine: args: \\u needs four "
                                + "hexadecimal digits");
                    }
                    b.append((char) Integer.parseInt(t.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new ScenarioException(shifted(where, i - 1), "addGoroutine: args: unknown escape "
                        + "sequence \\" + e);
            }
        }
        return b.toString();
    }
}
