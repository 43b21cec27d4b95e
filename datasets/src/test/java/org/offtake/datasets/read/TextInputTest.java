package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
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
    void chunkDecodingReader_multiByteCharactersAcrossChunks_decodeExactly() throws IOException {
        String text = "ж".repeat(300_000) + "€😀" + "x".repeat(100_001) + "ё";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder decoded = new StringBuilder();
        try (Reader reader = new ChunkDecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            char[] buffer = new char[7777];
            for (int n = reader.read(buffer, 0, buffer.length); n > 0; n = reader.read(buffer, 0, buffer.length)) {
                decoded.append(buffer, 0, n);
            }
        }
        assertThat(decoded.toString()).isEqualTo(text);
    }

    @Test
    void chunkDecodingReader_replacementSeen_onlyOnceAChunkHoldsAReplacementCharacter() throws IOException {
        byte[] clean = "Цетиризин, №28 «тест»".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(clean, clean.length + 2);
        broken[clean.length] = 'x';
        broken[clean.length + 1] = (byte) 0xFF;
        byte[] literal = "abc\uFFFD".getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(clean).replacementSeen()).isFalse();
        assertThat(readAll(broken).replacementSeen()).isTrue();
        assertThat(readAll(literal).replacementSeen()).isTrue();
    }

    private static ChunkDecodingReader readAll(byte[] bytes) throws IOException {
        ChunkDecodingReader reader = new ChunkDecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        reader.transferTo(java.io.Writer.nullWriter());
        return reader;
    }

    @Test
    void completeEnd_cutSequences_endBeforeTheirLeadByte() {
        byte[] twoBytes = "aж".getBytes(StandardCharsets.UTF_8);
        assertThat(ChunkDecodingReader.completeEnd(twoBytes, 2)).isEqualTo(1);
        assertThat(ChunkDecodingReader.completeEnd(twoBytes, 3)).isEqualTo(3);
        byte[] four = "a😀".getBytes(StandardCharsets.UTF_8);
        assertThat(ChunkDecodingReader.completeEnd(four, 4)).isEqualTo(1);
        assertThat(ChunkDecodingReader.completeEnd(four, 5)).isEqualTo(5);
    }

    @Test
    void delimiterOf_headerLine_isTheMostFrequentOutsideQuotes() {
        assertThat(CsvRowSource.delimiterOf("a,b,c")).isEqualTo(',');
        assertThat(CsvRowSource.delimiterOf("\"Кол-во, уп.\";\"Цена, тг\";Сумма")).isEqualTo(';');
        assertThat(CsvRowSource.delimiterOf("a\tb\tc,d")).isEqualTo('\t');
        assertThat(CsvRowSource.delimiterOf("single")).isEqualTo(',');
    }
}
