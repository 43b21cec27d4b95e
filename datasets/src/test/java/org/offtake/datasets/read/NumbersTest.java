package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
        "12|12",
        "12.5|12.5",
        "12,5|12.5",
        "1 234 567,89|1234567.89",
        "1\u00A0234,5|1234.5",
        "1\u202F234|1234",
        "1,234.50|1234.5",
        "1.234,50|1234.5",
        "1.234.567|1234567",
        "1,234,567|1234567",
        "-3,25|-3.25",
        "+7|7",
        "  42  |42",
        "0,1|0.1",
        ".5|0.5",
        "1,234|1.234",
        "2194404.5|2194404.5",
        "1.5E3|1500",
        "123456789012345678901234|123456789012345678901234"})
    void parse_acceptedForms_giveTheNumber(String text, double expected) {
        assertThat(Numbers.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] is not a number")
    @ValueSource(strings = {"", "  ", "abc", "12a", "1 23", "1,2,3.4.5", "1.2.3,4,5", "--1", "1 234 5", ",", "1,2,3,4",
        "12 345,6,7", "1-2", "1e", "NaN", "Infinity"})
    void parse_malformed_isNaN(String text) {
        assertThat(Numbers.parse(text)).isNaN();
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"12,12", "12.5,12.5", "0.1,0.1", "1234567.89,1234567.89", "-3.25,-3.25", "0.05,0.05",
        "1e15,1000000000000000", "0.125,0.125", "1e-7,0.0000001", "2194404.5,2194404.5", "100.10,100.1"})
    void format_writesPlainShortestDecimal(double value, String expected) {
        assertThat(Numbers.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads back")
    @ValueSource(doubles = {0.1, 1.0 / 3, 2615.5, 1e-9, 123456.789, 9007199254740993.0, 0.07, 17.35})
    void format_thenParse_givesTheSameDouble(double value) {
        assertThat(Numbers.parse(Numbers.format(value))).isEqualTo(value);
    }

    @org.junit.jupiter.api.Test
    void format_nan_isEmpty() {
        assertThat(Numbers.format(Double.NaN)).isEmpty();
    }
}
