package org.offtake.datasets.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.offtake.datasets.CanonicalColumn;

/**
 * Where each canonical column is in a file, found from the header row: first by the mapping file's header, then by
 * the canonical name, then by the built-in Russian headers in their order. Headers are compared ignoring case, all
 * whitespace and the difference between ё and е; columns the file has beyond these are ignored.
 */
final class Columns {

    private final int[] index;
    private final int width;

    private Columns(int[] index, int width) {
        this.index = index;
        this.width = width;
    }

    /**
     * The columns of a file whose header row is {@code header}.
     *
     * @throws UnreadableFileException if a required column is not found, naming what was looked for and what the
     *                                 header has
     */
    static Columns resolve(Path file, String[] header, ReadOptions options, String description)
            throws UnreadableFileException {
        String[] normalized = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            normalized[i] = normalize(header[i]);
        }
        int[] index = new int[CanonicalColumn.values().length];
        List<String> missing = new ArrayList<>();
        for (CanonicalColumn column : CanonicalColumn.values()) {
            List<String> names = new ArrayList<>();
            String mapped = options.mapping().headers().get(column);
            if (mapped != null) {
                names.add(mapped);
            }
            names.add(column.canonicalName());
            names.addAll(column.russianHeaders());
            index[column.ordinal()] = find(normalized, names);
            if (index[column.ordinal()] < 0 && column.required()) {
                missing.add(String.join(" or ", names.stream().map(n -> "'" + n + "'").toList()));
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(file, "no recognisable header (" + description + "): missing "
                    + String.join(", ", missing) + "; the first row is " + Arrays.toString(header)
                    + ". Expected the canonical header (" + CanonicalColumn.header()
                    + "), the Russian headers, or a mapping file (--mapping) naming the file's headers");
        }
        return new Columns(index, header.length);
    }

    private static int find(String[] normalized, List<String> names) {
        for (String name : names) {
            String wanted = normalize(name);
            for (int i = 0; i < normalized.length; i++) {
                if (normalized[i].equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A header as compared: lower case, without whitespace or a byte order mark, ё as е. */
    static String normalize(String header) {
        StringBuilder out = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The position of {@code column} in a row, or -1 when the file does not have it. */
    int of(CanonicalColumn column) {
        return index[column.ordinal()];
    }

    /** The number of fields in the header row. */
    int width() {
        return width;
    }
}
