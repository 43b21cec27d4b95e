package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionsTest {

    private static final Set<String> ACCEPTED = Set.of("threads", "input", "model", "levels", "limit");

    private static Options parse(String... args) {
        return Options.parse("accuracy", args, ACCEPTED);
    }

    @Test
    void parse_readsNameValuePairs() {
        Options o = parse("--input", "file.csv", "--model", "ets");

        assertThat(o.required("input")).isEqualTo("file.csv");
        assertThat(o.required("model")).isEqualTo("ets");
        assertThat(o.optional("limit", "none")).isEqualTo("none");
    }

    @Test
    void parse_valueMayStartWithADash() {
        assertThat(parse("--model", "-x").required("model")).isEqualTo("-x");
    }

    @Test
    void parse_unknownOption_listsTheAcceptedOnesAlphabetically() {
        assertThatThrownBy(() -> parse("--input", "f", "--thread", "2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accuracy: unknown option --thread; accepted: --input, --levels, --limit, --model, "
                        + "--threads");
    }

    @Test
    void parse_optionWithoutValue_saysItNeedsOne() {
        assertThatThrownBy(() -> parse("--input", "f", "--model"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accuracy: option --model needs a value");
    }

    @Test
    void parse_strayArgument_isNamed() {
        assertThatThrownBy(() -> parse("--input", "f", "extra"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accuracy: unexpected argument 'extra'");
        assertThatThrownBy(() -> parse("f.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accuracy: unexpected argument 'f.csv'");
    }

    @Test
    void required_absentOption_isNamed() {
        assertThatThrownBy(() -> parse("--input", "f").required("model"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accuracy: option --model is required");
    }

    @Test
    void positiveInt_readsTheValueOrTheFallback() {
        assertThat(parse("--threads", "4").positiveInt("threads", 1)).isEqualTo(4);
        assertThat(parse().positiveInt("threads", 7)).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "two", "1.5", "", "99999999999"})
    void positiveInt_rejectsWhatIsNotAWholeNumberOfAtLeastOne(String value) {
        assertThatThrownBy(() -> parse("--threads", value).positiveInt("threads", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accuracy: --threads must be a whole number of at least 1, was '" + value + "'");
    }

    @Test
    void levels_areParsedTrimmedAndSorted() {
        assertThat(parse("--levels", "95, 80,50").levels("levels", "80,95")).containsExactly(50, 80, 95);
        assertThat(parse("--levels", "99.5").levels("levels", "80,95")).containsExactly(99.5);
    }

    @Test
    void levels_absent_useTheFallback() {
        assertThat(parse().levels("levels", "80,95")).containsExactly(80, 95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "-5", "80,abc", "", "80,,95", "NaN", "80;95", "0.8,0.95"})
    void levels_rejectsWhatIsNotPercentagesFrom1ToBelow100(String value) {
        assertThatThrownBy(() -> parse("--levels", value).levels("levels", "80,95"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accuracy: --levels must be percentages from 1 to below 100 separated by commas, each "
                        + "once (for example 80,95), was '" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"80,80", "80,95,80.0"})
    void levels_repeatedLevel_isRejected(String value) {
        // a repeated level wrote duplicate lo80/hi80 columns that the score command cannot read back
        assertThatThrownBy(() -> parse("--levels", value).levels("levels", "80,95"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("each once")
                .hasMessageContaining("was '" + value + "'");
    }
}
