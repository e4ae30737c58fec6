package dev.podium.world.goruntime.lang;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints expressions the way the go tool quotes them in its messages: {@code x + y}, {@code f(a, b)},
 * {@code []int{…}}, {@code func(x int) {…}}, {@code <-ch}.
 */
final class ExprPrinter {

    private ExprPrinter() {
    }

    static String list(List<Expr> xs) {
        return xs.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
    }

    static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        print(sb, e);
        return sb.toString();
    }

    private static void print(StringBuilder sb, Expr e) {
        if (e instanceof Expr.Ident i) {
            sb.append(i.name());
        } else if (e instanceof Expr.BasicLit l) {
            sb.append(l.text());
        } else if (e instanceof Expr.CompositeLit c) {
            if (c.type() != null) {
                print(sb, c.type());
            }
            sb.append(c.elements().isEmpty() ? "{}" : "{…}");
        } else if (e instanceof Expr.KeyValue kv) {
            print(sb, kv.key());
            sb.append(": ");
            print(sb, kv.value());
        } else if (e instanceof Expr.FuncLit f) {
            print(sb, f.type());
            sb.append(" {…}");
        } else if (e instanceof Expr.Paren p) {
            sb.append('(');
            print(sb, p.x());
            sb.append(')');
        } else if (e instanceof Expr.Selector s) {
            print(sb, s.x());
            sb.append('.').append(s.sel().name());
        } else if (e instanceof Expr.Index ix) {
            print(sb, ix.x());
            sb.append('[').append(list(ix.indices())).append(']');
        } else if (e instanceof Expr.SliceExpr s) {
            print(sb, s.x());
            sb.append('[');
            if (s.lo() != null) {
                print(sb, s.lo());
            }
            sb.append(':');
            if (s.hi() != null) {
                print(sb, s.hi());
            }
            if (s.full()) {
                sb.append(':');
                if (s.max() != null) {
                    print(sb, s.max());
                }
            }
            sb.append(']');
        } else if (e instanceof Expr.TypeAssert t) {
            print(sb, t.x());
            sb.append(".(");
            if (t.type() == null) {
                sb.append("type");
            } else {
                print(sb, t.type());
            }
            sb.append(')');
        } else if (e instanceof Expr.Call c) {
            print(sb, c.fun());
            sb.append('(').append(list(c.args())).append(c.hasDots() ? "...)" : ")");
        } else if (e instanceof Expr.Star s) {
            sb.append('*');
            print(sb, s.x());
        } else if (e instanceof Expr.Unary u) {
            sb.append(u.op().spelling());
            print(sb, u.x());
        } else if (e instanceof Expr.Binary b) {
            print(sb, b.x());
            sb.append(' ').append(b.op().spelling()).append(' ');
            print(sb, b.y());
        } else {
            typeExpr(sb, e);
        }
    }

    private static void typeExpr(StringBuilder sb, Expr e) {
        if (e instanceof Expr.ArrayType a) {
            sb.append('[');
            if (a.len() != null) {
                print(sb, a.len());
            }
            sb.append(']');
            print(sb, a.elem());
        } else if (e instanceof Expr.MapType m) {
            sb.append("map[");
            print(sb, m.key());
            sb.append(']');
            print(sb, m.value());
        } else if (e instanceof Expr.ChanType c) {
            sb.append(c.dir() == Expr.ChanDir.RECV ? "<-chan " : c.dir() == Expr.ChanDir.SEND ? "chan<- " : "chan ");
            print(sb, c.elem());
        } else if (e instanceof Expr.FuncType f) {
            sb.append("func(").append(fields(f.params())).append(')');
            if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) {
                sb.append(' ');
                print(sb, f.results().get(0).type());
            } else if (!f.results().isEmpty()) {
                sb.append(" (").append(fields(f.results())).append(')');
            }
        } else if (e instanceof Expr.StructType s) {
            sb.append(s.fields().isEmpty() ? "struct{}" : "struct{…}");
        } else if (e instanceof Expr.InterfaceType i) {
            sb.append(i.methods().isEmpty() ? "interface{}" : "interface{…}");
        } else if (e instanceof Expr.Ellipsis d) {
            sb.append("...");
            if (d.elem() != null) {
                print(sb, d.elem());
            }
        }
    }

    private static String fields(List<Field> fs) {
        return fs.stream().map(f -> {
            String t = print(f.type());
            if (f.names().isEmpty()) {
                return t;
            }
            return f.names().stream().map(Expr.Ident::name).collect(Collectors.joining(", ")) + " " + t;
        }).collect(Collectors.joining(", "));
    }
}
