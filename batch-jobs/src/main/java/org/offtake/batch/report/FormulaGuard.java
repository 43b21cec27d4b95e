package org.offtake.batch.report;

/**
 * The one rule for text that a spreadsheet could take for a formula (CSV injection, OWASP): a text value starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. CSV cells get a leading apostrophe
 * ({@link #csv}); XLSX cells keep their text and are marked quote-prefixed, which is what typing an apostrophe in
 * Excel does ({@code WorkbookWriter}). Numbers are never passed through here: they are written as numbers.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could read {@code text} as a formula (or a DDE call) when it is typed or imported. */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A CSV text cell: {@code text} with a leading apostrophe when it is formula-like; empty for null. */
    public static String csv(String text) {
        if (text == null) {
            return "";
        }
        return isFormulaLike(text) ? "'" + text : text;
    }
}
