package dev.podium.world.goruntime.exec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats as Go's strconv formats them ('f', 'e', 'g' and the shortest form %v uses: exponent form when the
 * exponent is below -4 or at least the precision, 6 for the shortest), and as the runtime's print does.
 * Rounding is decimal on the exact binary value, half to even, as strconv's.
 */
final class FloatFormat {
    private FloatFormat() {
    }

    /** strconv.FormatFloat(d, 'f', prec, 64). */
    static String formatF(double d, int prec) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        String s = new BigDecimal(d).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            return s.startsWith("-") ? s : "-" + s;
        }
        return s;
    }

    /** strconv.FormatFloat(d, 'e', prec, 64). */
    static String formatE(double d, int prec) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return formatF(d, 0);
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String digits;
        int exp;
        if (a == 0) {
            digits = "0".repeat(prec + 1);
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            digits = bd.unscaledValue().toString();
            exp = digits.length() - 1 - bd.scale();
            while (digits.length() < prec + 1) {
                digits += "0";
            }
            digits = digits.substring(0, prec + 1);
        }
        return (neg ? "-" : "") + eForm(digits, exp);
    }

    private static String eForm(String digits, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int ax = Math.abs(exp);
        if (ax < 10) {
            sb.append('0');
        }
        sb.append(ax);
        return sb.toString();
    }

    /** The shortest decimal digits that read back as {@code a} (> 0), and the exponent of the first digit. */
    private static Object[] shortest(double a, boolean f32) {
        for (int p = 1; p <= 17; p++) {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            boolean same = f32 ? (float) bd.doubleValue() == (float) a : bd.doubleValue() == a;
            if (same) {
                String digits = bd.unscaledValue().toString();
                int exp = digits.length() - 1 - bd.scale();
                digits = digits.replaceAll("0+$", "");
                if (digits.isEmpty()) {
                    digits = "0";
                }
                return new Object[] {digits, exp};
            }
        }
        throw new IllegalStateException();
    }

    /** strconv.FormatFloat(d, 'g', prec, 64) (prec -1: shortest), as %v prints floats. */
    static String formatG(double d, int prec, boolean f32) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String digits;
        int exp;
        int eprec;
        if (a == 0) {
            digits = "0";
            exp = 0;
            eprec = prec < 0 ? 6 : prec == 0 ? 1 : prec;
        } else if (prec < 0) {
            Object[] sh = shortest(a, f32);
            digits = (String) sh[0];
            exp = (Integer) sh[1];
            eprec = 6;
        } else {
            int p = prec == 0 ? 1 : prec;
            BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            digits = bd.unscaledValue().toString();
            exp = digits.length() - 1 - bd.scale();
            digits = digits.replaceAll("0+$", "");
            if (digits.isEmpty()) {
                digits = "0";
            }
            eprec = p;
            if (eprec > digits.length() && digits.length() >= exp + 1) {
                eprec = digits.length();
            }
        }
        String s;
        if (exp < -4 || exp >= eprec) {
            s = eForm(digits, exp);
        } else if (exp < 0) {
            s = "0." + "0".repeat(-exp - 1) + digits;
        } else if (digits.length() <= exp + 1) {
            s = digits + "0".repeat(exp + 1 - digits.length());
        } else {
            s = digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
        }
        return (neg ? "-" : "") + s;
    }

    /** The runtime's print of a float (println): +1.500000e+000. */
    static String printFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        String e = formatE(d, 6);
        String sign = e.startsWith("-") ? "-" : "+";
        if (e.startsWith("-")) {
            e = e.substring(1);
        }
        int at = e.indexOf('e');
        String mant = e.substring(0, at);
        int exp = Integer.parseInt(e.substring(at + 1));
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%03d", Math.abs(exp));
    }
}
