package org.offtake.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void usage_namesEveryCommandAndItsRequiredOptions() {
        String usage = Main.usage();

        assertThat(usage).startsWith("usage: java -jar benchmarks.jar COMMAND [options]\n");
        assertThat(usage).contains("  accuracy --input FILE --season-length M --model NAME --output FILE [--threads N]"
                + " [--levels 80,95] [--limit N]\n");
        assertThat(usage).contains("  score    --input FILE --season-length M --forecasts FILE\n");
        assertThat(usage).contains("  jmh      [JMH options");
    }

    @Test
    void usage_listsEveryModelNameOfTheCatalog() {
        assertThat(Main.usage()).contains("models: " + String.join(", ", ModelCatalog.NAMES)
                + ", one ETS model such as ETS(M,Ad,N),\n");
        assertThat(Main.usage()).contains("or auto(A,B,...) pooling some of them;\n");
        assertThat(Main.usage()).contains("gbm is one global model trained on every series of the file");
    }
}
