package org.offtake.datasets.read;

import java.math.BigDecimal;

/**
 * Numbers as real exports write them, and as the canonical layout writes them.
 *
 * <p>Parsing accepts a decimal comma or point and thousands separators:
 * <ul>
 * <li>spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) group thousands and are dropped;</li>
 * <li>when both {@code ,} and {@code .} occur, the last one is the decimal separator and the other groups thousands
 * ({@code 1,234.5} and {@code 1.234,5} are both 1234.5);</li>
 * <li>a single {@code ,} or {@code .} is the decimal separator ({@code 1,234} is 1.234: the Russian exports this
 * reader is for write decimal commas); the same one repeated groups thousands ({@code 1.234.567});</li>
 * <li>a thousands separator must be followed by exactly three digits.</li>
 * </ul>
 * Up to 18 significant digits are read exactly into a {@code long} and divided once by a power of ten, which rounds
 * correctly (Clinger 1990, "How to read floating point numbers accurately", the fast path); longer numbers and
 * exponents go through {@link Double#parseDouble}.
 */
final class Numbers {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private Numbers() {
    }

    /** Whether {@code c} groups thousands: a space, a no-break space or a narrow no-break space. */
    static boolean isGroupingSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    /**
     * The number written in {@code text}, or {@link Double#NaN} when it is not a number by the rules above.
     * Whitespace around the number is ignored; an empty text is not a number.
     */
    static double parse(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (Character.isWhitespace(text.charAt(start)) || isGroupingSpace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || isGroupingSpace(text.charAt(end - 1)))) {
            end--;
        }
        if (start == end) {
            return Double.NaN;
        }
        boolean negative = false;
        char first = text.charAt(start);
        if (first == '-' || first == '+') {
            negative = first == '-';
            start++;
        }
        int lastComma = -1;
        int lastPoint = -1;
        int commas = 0;
        int points = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                lastComma = i;
                commas++;
            } else if (c == '.') {
                lastPoint = i;
                points++;
            } else if (c == 'e' || c == 'E') {
                return parseExponent(text.substring(start, end), negative);
            }
        }
        int decimalAt;
        char grouping;
        if (commas > 0 && points > 0) {
            decimalAt = Math.max(lastComma, lastPoint);
            grouping = decimalAt == lastComma ? '.' : ',';
            if ((grouping == ',' ? lastComma : lastPoint) > decimalAt || (decimalAt == lastComma ? commas : points) > 1) {
                return Double.NaN;
            }
        } else if (commas == 1 || points == 1) {
            decimalAt = commas == 1 ? lastComma : lastPoint;
            grouping = 0;
        } else if (commas > 1 || points > 1) {
            decimalAt = -1;
            grouping = commas > 1 ? ',' : '.';
        } else {
            decimalAt = -1;
            grouping = 0;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        int sinceGroup = -1;
        boolean anyDigit = false;
        boolean inFraction = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (sinceGroup >= 0) {
                    sinceGroup++;
                }
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    if (inFraction) {
                        scale++;
                    }
                } else {
                    return slowParse(text, start, end, decimalAt, negative);
                }
            } else if (i == decimalAt) {
                if (!anyDigit && i + 1 >= end || sinceGroup >= 0 && sinceGroup != 3) {
                    return Double.NaN;
                }
                inFraction = true;
                sinceGroup = -1;
            } else if (!inFraction && (c == grouping && grouping != 0 || isGroupingSpace(c))) {
                if (!anyDigit || sinceGroup >= 0 && sinceGroup != 3) {
                    return Double.NaN;
                }
                sinceGroup = 0;
            } else {
                return Double.NaN;
            }
        }
        if (!anyDigit || sinceGroup >= 0 && sinceGroup != 3) {
            return Double.NaN;
        }
        double value;
        if (mantissa < (1L << 53) && scale < POWERS_OF_TEN.length) {
            value = mantissa / POWERS_OF_TEN[scale];
        } else {
            return slowParse(text, start, end, decimalAt, negative);
        }
        return negative ? -value : value;
    }

    private static double slowParse(String text, int start, int end, int decimalAt, boolean negative) {
        StringBuilder clean = new StringBuilder(end - start + 1);
        if (negative) {
            clean.append('-');
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                clean.append(c);
            } else if (i == decimalAt) {
                clean.append('.');
            }
        }
        return Double.parseDouble(clean.toString());
    }

    private static double parseExponent(String text, boolean negative) {
        String plain = text.replace(',', '.');
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(plain);
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Appends {@code value} as the canonical layout writes numbers: a point for decimals, no thousands separators,
     * no exponent, no trailing zeros, and the shortest decimal that reads back as the same {@code double}. An unknown
     * value ({@code NaN}) is written as nothing.
     */
    static void format(double value, StringBuilder out) {
        if (Double.isNaN(value)) {
            return;
        }
        if (Math.abs(value) < 1e15) {
            double whole = Math.rint(value);
            if (whole == value) {
                out.append((long) whole);
                return;
            }
            double cents = Math.rint(value * 100);
            if (cents / 100 == value) {
                long c = (long) cents;
                if (c < 0) {
                    out.append('-');
                    c = -c;
                }
                out.append(c / 100).append('.');
                long fraction = c % 100;
                if (fraction % 10 == 0) {
                    out.append(fraction / 10);
                } else {
                    if (fraction < 10) {
                        out.append('0');
                    }
                    out.append(fraction);
                }
                return;
            }
        }
        out.append(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    /** {@link #format(double, StringBuilder)} as a string. */
    static String format(double value) {
        StringBuilder out = new StringBuilder(24);
        format(value, out);
        return out.toString();
    }
}
