package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource({"2023-01-15,2023-01-15", "15.01.2023,2023-01-15", "5.1.2023,2023-01-05", "29.02.2024,2024-02-29",
        "2023-01-15T00:00:00,2023-01-15", "15.01.2023 00:00,2023-01-15", "' 2023-12-31 ',2023-12-31"})
    void parse_isoAndDotted_giveTheDate(String text, LocalDate expected) {
        assertThat(Dates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] is not a date")
    @ValueSource(strings = {"31.02.2023", "29.02.2023", "2023-13-01", "2023-04-31", "00.01.2023", "15/01/2023",
        "2023-1-15", "15.01.23", "abc", "", "15.01.2023x", "123.01.2023", "2023-01-1a"})
    void parse_invalid_isNull(String text) {
        assertThat(Dates.parse(text)).isNull();
    }
}
