package org.offtake.batch.nightly;

/** Small text helpers shared by the writers. */
final class Text {

    private Text() {
    }

    /** {@code text} cut to at most {@code max} characters. */
    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
