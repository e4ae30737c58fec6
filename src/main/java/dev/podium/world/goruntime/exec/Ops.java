package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.BasicKind;
import dev.podium.world.goruntime.lang.TokenKind;
import dev.podium.world.goruntime.lang.Type;

/** Go's arithmetic, comparison and conversions, as instructions specialised for the operand type. */
final class Ops {
    private Ops() {
    }

    /** Pops y then x, pushes {@code x op y}; {@code t} is the operands' type (x's type for shifts). */
    static Ins binary(TokenKind op, Type t) {
        BasicKind k = Values.kind(t);
        if (Values.isInt(k)) {
            return intOp(op, k);
        }
        if (Values.isFloat(k)) {
            boolean f32 = k == BasicKind.FLOAT32;
            return switch (op) {
                case ADD -> (m, f) -> {
                    double y = (Double) f.pop();
                    f.push(round(f32, (Double) f.pop() + y));
                };
                case SUB -> (m, f) -> {
                    double y = (Double) f.pop();
                    f.push(round(f32, (Double) f.pop() - y));
                };
                case MUL -> (m, f) -> {
                    double y = (Double) f.pop();
                    f.push(round(f32, (Double) f.pop() * y));
                };
                case QUO -> (m, f) -> {
                    double y = (Double) f.pop();
                    f.push(round(f32, (Double) f.pop() / y));
                };
                case LSS -> (m, f) -> {
                    double y = (Double) f.pop();
                    f.push((Double) f.pop() < y);
                };
                case LEQ -> (m, f) -> {
                    double y = (Double) f.pop();
                    f.push((Double) f.pop() <= y);
                };
                case GTR -> (m, f) -> {
                    double y = (Double) f.pop();
                    f.push((Double) f.pop() > y);
                };
                case GEQ -> (m, f) -> {
                    double y = (Double) f.pop();
                    f.push((Double) f.pop() >= y);
                };
                default -> equality(op, t);
            };
        }
        if (Values.isString(k)) {
            return switch (op) {
                case ADD -> (m, f) -> {
                    String y = (String) f.pop();
                    f.push(((String) f.pop()).concat(y));
                };
                case LSS -> (m, f) -> {
                    String y = (String) f.pop();
                    f.push(((String) f.pop()).compareTo(y) < 0);
                };
                case LEQ -> (m, f) -> {
                    String y = (String) f.pop();
                    f.push(((String) f.pop()).compareTo(y) <= 0);
                };
                case GTR -> (m, f) -> {
                    String y = (String) f.pop();
                    f.push(((String) f.pop()).compareTo(y) > 0);
                };
                case GEQ -> (m, f) -> {
                    String y = (String) f.pop();
                    f.push(((String) f.pop()).compareTo(y) >= 0);
                };
                default -> equality(op, t);
            };
        }
        return equality(op, t);
    }

    private static double round(boolean f32, double d) {
        return f32 ? (double) (float) d : d;
    }

    /** == and != by the operands' type: identity for pointers, channels and nil checks; by value otherwise. */
    static Ins equality(TokenKind op, Type t) {
        boolean neq = op == TokenKind.NEQ;
        if (op != TokenKind.EQL && op != TokenKind.NEQ) {
            throw new IllegalStateException("operator " + op + " on " + t);
        }
        Type u = t.underlying();
        boolean identity = u instanceof Type.Pointer || u instanceof Type.Chan || u instanceof Type.MapT
                || u instanceof Type.Slice || u instanceof Type.Signature;
        if (identity) {
            return (m, f) -> {
                Object y = f.pop();
                f.push((f.pop() == y) != neq);
            };
        }
        return (m, f) -> {
            Object y = f.pop();
            f.push(Values.equal(f.pop(), y) != neq);
        };
    }

    private static Ins intOp(TokenKind op, BasicKind k) {
        boolean wrap = Values.needsWrap(k);
        boolean uns = Values.isUnsigned(k);
        Ins raw = switch (op) {
            case ADD -> (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() + y);
            };
            case SUB -> (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() - y);
            };
            case MUL -> (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() * y);
            };
            case QUO -> uns ? (m, f) -> {
                long y = divisor(f);
                f.push(Long.divideUnsigned(f.popLong(), y));
            } : (m, f) -> {
                long y = divisor(f);
                f.push(f.popLong() / y);
            };
            case REM -> uns ? (m, f) -> {
                long y = divisor(f);
                f.push(Long.remainderUnsigned(f.popLong(), y));
            } : (m, f) -> {
                long y = divisor(f);
                f.push(f.popLong() % y);
            };
            case AND -> (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() & y);
            };
            case OR -> (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() | y);
            };
            case XOR -> (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() ^ y);
            };
            case AND_NOT -> (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() & ~y);
            };
            case SHL -> (m, f) -> {
                long y = shift(f);
                long x = f.popLong();
                f.push(y >= 64 ? 0L : x << y);
            };
            case SHR -> uns ? (m, f) -> {
                long y = shift(f);
                long x = f.popLong();
                f.push(y >= 64 ? 0L : x >>> y);
            } : (m, f) -> {
                long y = shift(f);
                long x = f.popLong();
                f.push(x >> Math.min(y, 63));
            };
            case LSS -> uns ? (m, f) -> {
                long y = f.popLong();
                f.push(Long.compareUnsigned(f.popLong(), y) < 0);
            } : (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() < y);
            };
            case LEQ -> uns ? (m, f) -> {
                long y = f.popLong();
                f.push(Long.compareUnsigned(f.popLong(), y) <= 0);
            } : (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() <= y);
            };
            case GTR -> uns ? (m, f) -> {
                long y = f.popLong();
                f.push(Long.compareUnsigned(f.popLong(), y) > 0);
            } : (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() > y);
            };
            case GEQ -> uns ? (m, f) -> {
                long y = f.popLong();
                f.push(Long.compareUnsigned(f.popLong(), y) >= 0);
            } : (m, f) -> {
                long y = f.popLong();
                f.push(f.popLong() >= y);
            };
            case EQL -> (m, f) -> f.push(f.popLong() == f.popLong());
            case NEQ -> (m, f) -> f.push(f.popLong() != f.popLong());
            default -> throw new IllegalStateException("operator " + op);
        };
        boolean arith = switch (op) {
            case ADD, SUB, MUL, QUO, REM, SHL, AND_NOT, XOR, OR, AND -> true;
            default -> false;
        };
        if (!wrap || !arith) {
            return raw;
        }
        return (m, f) -> {
            raw.run(m, f);
            f.push(Values.wrap(f.popLong(), k));
        };
    }

    private static long divisor(Frame f) {
        long y = f.popLong();
        if (y == 0) {
            throw GoPanic.runtime("integer divide by zero");
        }
        return y;
    }

    private static long shift(Frame f) {
        long y = f.popLong();
        if (y < 0) {
            throw GoPanic.runtime("negative shift amount");
        }
        return y;
    }

    /** Converts the value on top of the stack from type {@code from} to {@code to} (a non-constant conversion). */
    static Ins convert(Type from, Type to) {
        BasicKind fk = Values.kind(from);
        BasicKind tk = Values.kind(to);
        if (Values.isInt(tk)) {
            if (Values.isInt(fk)) {
                if (!Values.needsWrap(tk)) {
                    return null;
                }
                return (m, f) -> f.push(Values.wrap(f.popLong(), tk));
            }
            if (Values.isFloat(fk)) {
                boolean uns = Values.isUnsigned(tk);
                return (m, f) -> {
                    double d = (Double) f.pop();
                    long v = uns && d >= 9.223372036854775807E18 ? (long) (d - 9.223372036854775807E18)
                            + Long.MIN_VALUE : (long) d;
                    f.push(Values.wrap(v, tk));
                };
            }
        }
        if (Values.isFloat(tk)) {
            boolean f32 = tk == BasicKind.FLOAT32;
            if (Values.isInt(fk)) {
                boolean uns = Values.isUnsigned(fk);
                return (m, f) -> {
                    long v = f.popLong();
                    double d = uns && v < 0 ? (double) (v >>> 1) * 2.0 + (v & 1) : (double) v;
                    f.push(f32 ? (double) (float) d : d);
                };
            }
            if (Values.isFloat(fk)) {
                return f32 ? (m, f) -> f.push((double) (float) (double) (Double) f.pop()) : null;
            }
        }
        if (Values.isString(tk)) {
            if (Values.isInt(fk)) {
                return (m, f) -> f.push(Values.runeBytes(f.popLong()));
            }
            if (from.underlying() instanceof Type.Slice s) {
                if (Values.kind(s.elem()) == BasicKind.UINT8) {
                    return (m, f) -> {
                        SliceVal sv = (SliceVal) f.pop();
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; sv != null && i < sv.len; i++) {
                            sb.append((char) (long) (Long) sv.arr[sv.off + i]);
                        }
                        f.push(sb.toString());
                    };
                }
                return (m, f) -> {
                    SliceVal sv = (SliceVal) f.pop();
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; sv != null && i < sv.len; i++) {
                        sb.append(Values.runeBytes((Long) sv.arr[sv.off + i]));
                    }
                    f.push(sb.toString());
                };
            }
            return null;
        }
        if (to.underlying() instanceof Type.Slice s && Values.isString(fk)) {
            if (Values.kind(s.elem()) == BasicKind.UINT8) {
                return (m, f) -> {
                    String str = (String) f.pop();
                    Object[] a = new Object[str.length()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = (long) str.charAt(i);
                    }
                    f.push(SliceVal.of(a));
                };
            }
            return (m, f) -> {
                String str = (String) f.pop();
                java.util.List<Object> rs = new java.util.ArrayList<>();
                for (int i = 0; i < str.length(); ) {
                    long d = Values.decodeRune(str, i);
                    rs.add(d >> 8);
                    i += (int) (d & 0xff);
                }
                f.push(SliceVal.of(rs.toArray()));
            };
        }
        return null;
    }
}
