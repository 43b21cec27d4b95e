package org.offtake.datasets.read;

import java.time.LocalDate;
import java.time.Year;

/**
 * Dates as real exports write them: ISO {@code yyyy-MM-dd} or {@code dd.MM.yyyy} (day and month may have one digit),
 * optionally followed by a time ({@code 2023-01-15T00:00:00}, {@code 15.01.2023 00:00}), which is ignored. A day
 * that the month does not have ({@code 31.02.2023}) is not a date.
 */
final class Dates {

    private Dates() {
    }

    /** The date written in {@code text}, or {@code null} when it is not one. */
    static LocalDate parse(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == 'T') {
                end = i;
                break;
            }
        }
        int length = end - start;
        if (length == 10 && text.charAt(start + 4) == '-' && text.charAt(start + 7) == '-') {
            return of(digits(text, start, start + 4), digits(text, start + 5, start + 7),
                    digits(text, start + 8, start + 10));
        }
        int firstDot = text.indexOf('.', start);
        if (firstDot < 0 || firstDot >= end) {
            return null;
        }
        int secondDot = text.indexOf('.', firstDot + 1);
        if (secondDot < 0 || secondDot >= end || end - secondDot != 5 || firstDot - start > 2
                || secondDot - firstDot - 1 > 2) {
            return null;
        }
        return of(digits(text, secondDot + 1, end), digits(text, firstDot + 1, secondDot),
                digits(text, start, firstDot));
    }

    private static int digits(String text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        int length = switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day > length ? null : LocalDate.of(year, month, day);
    }
}
