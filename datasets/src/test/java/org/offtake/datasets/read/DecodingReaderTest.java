package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecodingReaderTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** All of {@code bytes} through a fresh reader, read {@code size} characters at a time. */
    private static String decode(DecodingReader reader, int size) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[size];
        try (reader) {
            for (int n = reader.read(buffer, 0, size); n >= 0; n = reader.read(buffer, 0, size)) {
                assertThat(n).as("a read of %d characters returns at least one", size).isPositive();
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    private static Utf8Reader utf8(byte[] bytes) {
        return new Utf8Reader(new ByteArrayInputStream(bytes));
    }

    /** Text of every kind of character: ASCII, Cyrillic, three-byte (№, «, €) and four-byte (emoji) sequences. */
    private static String mixedText(long seed, int length) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0, 1 -> text.append((char) random.nextInt(0x20, 0x7F));
                case 2, 3 -> text.append((char) random.nextInt(0x410, 0x450));
                case 4 -> text.append("№«»€—".charAt(random.nextInt(5)));
                default -> text.appendCodePoint(random.nextInt(0x10000, 0x110000));
            }
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7777, 1 << 16, 1 << 18})
    void utf8_wellFormedText_decodesAsTheJdkDoesWhateverTheReadSize(int size) throws IOException {
        String text = mixedText(size, 300_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        Utf8Reader reader = utf8(bytes);
        assertThat(decode(reader, size)).isEqualTo(text);
        assertThat(reader.replacementSeen()).isFalse();
    }

    @Test
    void utf8_randomBytes_matchTheJdkWhereValid_andGiveReplacementExactlyWhereInvalid() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 2_000; trial++) {
            byte[] bytes = new byte[random.nextInt(1, 40)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly the bytes that matter: lead bytes, continuation bytes and ASCII.
                bytes[i] = (byte) switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80, 0xC0);
                    case 1 -> random.nextInt(0xC0, 0x100);
                    case 2 -> random.nextInt(0x00, 0x80);
                    default -> random.nextInt(0x100);
                };
            }
            String jdk = new String(bytes, StandardCharsets.UTF_8);
            Utf8Reader reader = utf8(bytes);
            String ours = decode(reader, 1 + random.nextInt(5));
            String input = HexFormat.ofDelimiter(" ").formatHex(bytes);
            boolean valid = TextInput.isUtf8(bytes, false);
            assertThat(ours.indexOf('\uFFFD') >= 0).as("replacement in %s", input).isEqualTo(jdk.indexOf('\uFFFD') >= 0);
            assertThat(reader.replacementSeen()).as("replacement seen in %s", input)
                    .isEqualTo(jdk.indexOf('\uFFFD') >= 0);
            if (valid) {
                assertThat(ours).as("decoding of %s", input).isEqualTo(jdk);
            } else {
                // Outside the ill-formed parts, the same characters in the same order.
                assertThat(ours.replace("\uFFFD", "")).as("text around the replacements in %s", input)
                        .isEqualTo(jdk.replace("\uFFFD", ""));
            }
        }
    }

    @Test
    void utf8_illFormedSequences_giveOneReplacementPerMaximalSubpart() throws IOException {
        // The Unicode Standard's example of U+FFFD substitution of maximal subparts (chapter 3, table 3-8).
        byte[] bytes = HexFormat.of().parseHex("61F18080E180C262806380BF64");
        assertThat(decode(utf8(bytes), 64)).isEqualTo("a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd");
        // Overlong forms, a surrogate and a value above U+10FFFF: every byte is a maximal subpart of its own.
        assertThat(decode(utf8(HexFormat.of().parseHex("C0AF")), 64)).isEqualTo("\uFFFD\uFFFD");
        assertThat(decode(utf8(HexFormat.of().parseHex("E080AF")), 64)).isEqualTo("\uFFFD\uFFFD\uFFFD");
        assertThat(decode(utf8(HexFormat.of().parseHex("EDA080")), 64)).isEqualTo("\uFFFD\uFFFD\uFFFD");
        assertThat(decode(utf8(HexFormat.of().parseHex("F4908080")), 64)).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
        // A sequence cut short by the end of the input.
        assertThat(decode(utf8(HexFormat.of().parseHex("61D0")), 64)).isEqualTo("a\uFFFD");
        assertThat(decode(utf8(HexFormat.of().parseHex("61F09F98")), 64)).isEqualTo("a\uFFFD");
    }

    @Test
    void utf8_replacementCharacterInTheText_isSeenAsOne() throws IOException {
        Utf8Reader reader = utf8("abc\uFFFDжж".getBytes(StandardCharsets.UTF_8));
        assertThat(decode(reader, 2)).isEqualTo("abc\uFFFDжж");
        assertThat(reader.replacementSeen()).isTrue();
    }

    @Test
    void utf8_supplementaryCharacterReadOneCharAtATime_comesAsItsTwoSurrogates() throws IOException {
        assertThat(decode(utf8("a😀b".getBytes(StandardCharsets.UTF_8)), 1)).isEqualTo("a😀b");
    }

    @Test
    void utf8_sequencesAcrossTheBufferEnd_decodeExactly() throws IOException {
        // The buffer holds 65,536 bytes: shift a run of three- and four-byte characters across its end.
        for (int shift = 0; shift < 4; shift++) {
            String text = "x".repeat(65_530 + shift) + "€😀ж€😀" + "y".repeat(10);
            assertThat(decode(utf8(text.getBytes(StandardCharsets.UTF_8)), 65_536)).isEqualTo(text);
        }
    }

    @Test
    void singleByte_windows1251_decodesAsTheJdkDoes_andItsUndefinedByteIsAReplacement() throws IOException {
        String text = "Количество; Цена за единицу; Ёё №1 «тест»".repeat(5_000);
        byte[] bytes = text.getBytes(WINDOWS_1251);
        SingleByteReader clean = new SingleByteReader(new ByteArrayInputStream(bytes), WINDOWS_1251);
        assertThat(decode(clean, 999)).isEqualTo(text);
        assertThat(clean.replacementSeen()).isFalse();

        SingleByteReader broken = new SingleByteReader(new ByteArrayInputStream(new byte[] {'a', (byte) 0x98, 'b'}),
                WINDOWS_1251);
        assertThat(decode(broken, 8)).isEqualTo("a\uFFFDb");
        assertThat(broken.replacementSeen()).isTrue();
    }
}
