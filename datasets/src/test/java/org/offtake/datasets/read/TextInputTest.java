package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void isUtf8_sequenceCutAtTheEndOfTheSniffedPrefix_countsAsValidOnlyWhenTruncated() {
        byte[] cyrillic = "абв".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(cyrillic, cyrillic.length - 1);

        assertThat(TextInput.isUtf8(cyrillic, false)).isTrue();
        assertThat(TextInput.isUtf8(cut, true)).isTrue();
        assertThat(TextInput.isUtf8(cut, false)).isFalse();
    }

    @Test
    void isUtf8_windows1251Cyrillic_isNotUtf8() {
        assertThat(TextInput.isUtf8("Количество".getBytes(java.nio.charset.Charset.forName("windows-1251")), false))
                .isFalse();
    }

    @Test
    void delimiterOf_headerLine_isTheMostFrequentOutsideQuotes() {
        assertThat(CsvRowSource.delimiterOf("a,b,c")).isEqualTo(',');
        assertThat(CsvRowSource.delimiterOf("\"Кол-во, уп.\";\"Цена, тг\";Сумма")).isEqualTo(';');
        assertThat(CsvRowSource.delimiterOf("a\tb\tc,d")).isEqualTo('\t');
        assertThat(CsvRowSource.delimiterOf("single")).isEqualTo(',');
    }
}
