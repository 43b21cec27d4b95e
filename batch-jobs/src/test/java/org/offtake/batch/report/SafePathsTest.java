package org.offtake.batch.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafePathsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/b\\c", "CON", "con.txt", "NUL", "COM1", "LPT9.log", "..", ".",
        "...", "/etc/passwd", "C:\\Windows\\system32", "~/x", "a\u0000b", "line\nbreak", " ", "", "./../..",
        "%2e%2e%2fpasswd", "Қазақ/фарм"})
    void file_ofAnyName_isAPlainFileDirectlyInsideTheDirectory(String name) {
        Path file = SafePaths.file(dir, name, "html");
        assertThat(file.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
        String fileName = file.getFileName().toString();
        assertThat(fileName).endsWith(".html").doesNotContain("/", "\\", "\u0000", "\n").doesNotStartWith(".");
        assertThat(fileName.toUpperCase()).doesNotMatch("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
    }

    @Test
    void fileName_keepsLettersOfAnyScript_andReplacesSeparators() {
        assertThat(SafePaths.fileName("../../etc/passwd", "xlsx")).isEqualTo("_etc_passwd.xlsx");
        assertThat(SafePaths.fileName("a/b\\c", "html")).isEqualTo("a_b_c.html");
        assertThat(SafePaths.fileName("CON", "html")).isEqualTo("_CON.html");
        assertThat(SafePaths.fileName("Қазақ Фарм әғқңөұүһі", "html")).isEqualTo("Қазақ_Фарм_әғқңөұүһі.html");
        assertThat(SafePaths.fileName("report-2025-12", "html")).isEqualTo("report-2025-12.html");
        assertThat(SafePaths.fileName("..", "csv")).isEqualTo("_.csv");
    }

    @Test
    void fileName_ofAVeryLongName_isCutToTheLimit_withoutSplittingACharacter() {
        String name = SafePaths.fileName("Ө".repeat(500) + "\uD83D\uDE00".repeat(100), "html");
        assertThat(name).hasSizeLessThanOrEqualTo(SafePaths.MAX_NAME).endsWith(".html");
        String emoji = SafePaths.fileName("x" + "\uD83D\uDE00".repeat(300), "html");
        assertThat(emoji).hasSizeLessThanOrEqualTo(SafePaths.MAX_NAME);
        assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 6))).isFalse();
    }

    @Test
    void inside_refusesANameThatLeavesTheDirectory_sayingWhatItAccepts() {
        assertThatThrownBy(() -> SafePaths.inside(dir, "../escape.html"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../escape.html' would leave the output directory")
                .hasMessageContaining("expected a plain file name");
        assertThatThrownBy(() -> SafePaths.inside(dir, "sub/file.html")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafePaths.inside(dir, "/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafePaths.fileName("x", "../html")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not 1 to 10 letters or digits");
    }
}
