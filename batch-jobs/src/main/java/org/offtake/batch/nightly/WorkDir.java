package org.offtake.batch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A run's work folder: {@code offtake.work-dir/<as-of>}, where the forecast step leaves each item's base forecasts
 * and sample paths for the reconcile step ({@code base/}), and the reconcile step each item's reconciled national
 * paths for the contract-sizing step ({@code reconciled/}); see {@link SpillFiles}. The prepare step of a new run
 * empties it, the publish step removes it. Only the files this class names are ever deleted (the folder is never
 * removed blindly, so a work directory set by mistake to a folder with other files loses none of them).
 */
final class WorkDir {

    /** Base forecasts, one file per item. */
    static final String BASE = "base";
    /** Reconciled national demand paths, one file per item. */
    static final String RECONCILED = "reconciled";
    private static final List<String> FOLDERS = List.of(BASE, RECONCILED);
    /** The files written here: {@code item-<number>.paths}, and beside them while written, {@code .partial}. */
    private static final Pattern OURS = Pattern.compile("item-\\d+\\.paths(\\.partial)?");
    private static final String PROBE = ".offtake-write-check";

    private final Path month;

    private WorkDir(Path month) {
        this.month = month;
    }

    /** The work folder of the run for {@code asOf} under the work directory {@code root}. */
    static WorkDir of(Path root, String asOf) {
        return new WorkDir(root.toAbsolutePath().normalize().resolve(Periods.parse(asOf, "as-of").toString()));
    }

    /** The month's folder. */
    Path folder() {
        return month;
    }

    /** The base forecasts file of item number {@code itemNo}. */
    Path base(long itemNo) {
        return month.resolve(BASE).resolve(fileName(itemNo));
    }

    /** The reconciled national demand file of item number {@code itemNo}. */
    Path reconciled(long itemNo) {
        return month.resolve(RECONCILED).resolve(fileName(itemNo));
    }

    private static String fileName(long itemNo) {
        return String.format(Locale.ROOT, "item-%06d.paths", itemNo);
    }

    /**
     * Checks that the month's folder can be created and written: creates it if needed (and the work directory),
     * writes and deletes a small file in it, and deletes the folder again if it was not there before.
     *
     * @throws IllegalArgumentException naming the folder and what is expected, if it cannot be created or written
     */
    void checkWritable() {
        try {
            boolean existed = Files.isDirectory(month);
            Files.createDirectories(month);
            Path probe = month.resolve(PROBE);
            Files.write(probe, new byte[] {1});
            Files.delete(probe);
            if (!existed) {
                deleteIfEmpty(month);
            }
        } catch (IOException | UncheckedIOException e) {
            throw notWritable(e);
        }
    }

    /**
     * Empties the month's folder of an earlier run's files and creates its subfolders: a new run starts from
     * nothing.
     *
     * @throws IllegalArgumentException naming the folder and what is expected, if it cannot be written
     */
    void empty() {
        try {
            deleteOurs();
            for (String folder : FOLDERS) {
                Files.createDirectories(month.resolve(folder));
            }
        } catch (IOException e) {
            throw notWritable(e);
        }
        checkWritable();
    }

    /**
     * Removes the month's folder: the files written here, the subfolders, then the folder itself when nothing else
     * is left in it (the work directory stays). Safe to repeat: what is already gone is skipped.
     *
     * @throws UncheckedIOException naming the folder, if a file cannot be deleted
     */
    void remove() {
        try {
            deleteOurs();
            Files.deleteIfExists(month.resolve(PROBE));
            deleteIfEmpty(month);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the run's work folder " + month + ": " + e.getMessage(), e);
        }
    }

    private void deleteOurs() throws IOException {
        for (String folder : FOLDERS) {
            Path dir = month.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path file : files) {
                    if (OURS.matcher(file.getFileName().toString()).matches()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            deleteIfEmpty(dir);
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                return;
            }
        }
        try {
            Files.delete(dir);
        } catch (NoSuchFileException | java.nio.file.DirectoryNotEmptyException e) {
            // gone already, or something was put there meanwhile: keep it
        }
    }

    private IllegalArgumentException notWritable(Exception e) {
        return new IllegalArgumentException("offtake.work-dir: the run's work folder " + month + " cannot be "
                + "written (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); expected a folder this "
                + "process can create and write, on a disk with room for the forecasts' sample paths (about 6 GB "
                + "for the national profile)", e);
    }
}
