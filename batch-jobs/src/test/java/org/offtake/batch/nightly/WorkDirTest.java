package org.offtake.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkDirTest {

    @Test
    void folders_areOnePerMonth_andFilesAreNamedByItemNumber(@TempDir Path dir) {
        WorkDir work = WorkDir.of(dir.resolve("work"), "2025-12");

        assertThat(work.folder()).isEqualTo(dir.resolve("work").resolve("2025-12"));
        assertThat(work.base(42)).isEqualTo(work.folder().resolve("base").resolve("item-000042.paths"));
        assertThat(work.reconciled(1_234_567)).isEqualTo(work.folder().resolve("reconciled")
                .resolve("item-1234567.paths"));
    }

    @Test
    void checkWritable_leavesNoFolderThatWasNotThere_andKeepsOneThatWas(@TempDir Path dir) throws IOException {
        WorkDir work = WorkDir.of(dir.resolve("work"), "2025-12");

        work.checkWritable();

        assertThat(work.folder()).doesNotExist();
        assertThat(dir.resolve("work")).isEmptyDirectory();
        work.empty();
        Files.writeString(work.base(1), "paths");
        work.checkWritable();
        assertThat(work.base(1)).hasContent("paths");
    }

    @Test
    void empty_deletesAnEarlierRunsFiles_andKeepsAnyOtherFile(@TempDir Path dir) throws IOException {
        WorkDir work = WorkDir.of(dir, "2025-12");
        work.empty();
        Files.writeString(work.base(1), "old");
        Files.writeString(work.base(2).resolveSibling("item-000002.paths.partial"), "half");
        Files.writeString(work.reconciled(1), "old");
        Path notOurs = Files.writeString(work.reconciled(1).resolveSibling("notes.txt"), "keep me");
        Path other = Files.writeString(dir.resolve("2025-11.txt"), "another month's");

        work.empty();

        assertThat(work.folder().resolve("base")).isEmptyDirectory();
        assertThat(work.folder().resolve("reconciled")).isDirectoryContaining(p -> p.equals(notOurs));
        assertThat(Files.list(work.folder().resolve("reconciled")).count()).isEqualTo(1);
        assertThat(notOurs).hasContent("keep me");
        assertThat(other).hasContent("another month's");
    }

    @Test
    void remove_deletesTheMonthsFolder_andCanBeRepeated(@TempDir Path dir) throws IOException {
        WorkDir work = WorkDir.of(dir, "2025-12");
        work.empty();
        Files.writeString(work.base(1), "paths");
        Files.writeString(work.reconciled(1), "paths");
        WorkDir june = WorkDir.of(dir, "2025-06");
        june.empty();

        work.remove();
        work.remove();

        assertThat(work.folder()).doesNotExist();
        assertThat(june.folder()).isDirectory();
        assertThat(dir).isDirectory();
    }

    @Test
    void remove_keepsAFolderWithSomethingElseInIt(@TempDir Path dir) throws IOException {
        WorkDir work = WorkDir.of(dir, "2025-12");
        work.empty();
        Files.writeString(work.base(1), "paths");
        Path notOurs = Files.writeString(work.folder().resolve("readme.txt"), "keep me");

        work.remove();

        assertThat(work.base(1)).doesNotExist();
        assertThat(notOurs).hasContent("keep me");
    }

    @Test
    void aFolderThatCannotBeCreated_isRejectedNamingItAndWhatWasExpected(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        WorkDir work = WorkDir.of(file, "2025-12");

        assertThatThrownBy(work::checkWritable).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("offtake.work-dir: the run's work folder " + file.resolve("2025-12")
                        + " cannot be written (")
                .hasMessageEndingWith("expected a folder this process can create and write, on a disk with room "
                        + "for the forecasts' sample paths (about 6 GB for the national profile)");
        assertThatThrownBy(work::empty).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.resolve("2025-12").toString());
    }
}
