package org.offtake.batch.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names made from data (an as-of month today; an item or a manufacturer name if a writer ever names a file after
 * one) and the check that a file stays inside the output directory.
 */
public final class SafePaths {

    /** Longest file name produced, in characters (file systems allow 255 bytes; a name may be Cyrillic, 2 bytes a letter). */
    static final int MAX_NAME = 100;

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+|\\.{2,}");
    private static final Pattern UNDERSCORES = Pattern.compile("_{2,}");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private SafePaths() {
    }

    /**
     * A file name for {@code base} plus {@code extension}: letters (any script), digits, {@code .}, {@code _} and
     * {@code -} kept, every other run of characters (separators {@code /} and {@code \}, spaces, control characters,
     * two dots or more) turned into one {@code _}; no leading dots (so never {@code .} or {@code ..}); Windows' reserved device names
     * ({@code CON}, {@code NUL}, {@code COM1}, ...) prefixed with {@code _}; cut to {@value #MAX_NAME} characters;
     * {@code _} when nothing is left.
     *
     * @param extension the extension without its dot, letters and digits only
     * @throws IllegalArgumentException if the extension is not letters and digits
     */
    public static String fileName(String base, String extension) {
        if (extension == null || !extension.matches("[A-Za-z0-9]{1,10}")) {
            throw new IllegalArgumentException("file extension '" + extension + "' is not 1 to 10 letters or digits");
        }
        String name = UNSAFE.matcher(base == null ? "" : base.strip()).replaceAll("_");
        name = UNDERSCORES.matcher(name).replaceAll("_");
        int start = 0;
        while (start < name.length() && name.charAt(start) == '.') {
            start++;
        }
        name = name.substring(start);
        if (name.isEmpty()) {
            name = "_";
        }
        if (RESERVED.matcher(name).matches()) {
            name = "_" + name;
        }
        int room = MAX_NAME - extension.length() - 1;
        if (name.length() > room) {
            int end = room;
            if (Character.isLowSurrogate(name.charAt(end))) {
                end--;
            }
            name = name.substring(0, end);
        }
        return name + "." + extension.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code directory} resolved with {@code name}, checked to be a file directly inside it.
     *
     * @throws IllegalArgumentException naming the directory and the name, if the result would be elsewhere
     */
    public static Path inside(Path directory, String name) {
        Path dir = directory.toAbsolutePath().normalize();
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || file.equals(dir) || !file.getParent().equals(dir)) {
            throw new IllegalArgumentException("output file name '" + name + "' would leave the output directory "
                    + dir + "; expected a plain file name");
        }
        return file;
    }

    /** {@link #inside} of {@link #fileName}: a safe name for {@code base} in {@code directory}. */
    public static Path file(Path directory, String base, String extension) {
        return inside(directory, fileName(base, extension));
    }
}
