package org.offtake.batch;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs the application in this JVM as its main method does, without exiting: returns the exit code. */
public final class NightlyApp {

    private NightlyApp() {
    }

    /** Settings every test run uses: fewer sample paths than the default, two partitions. */
    public static final List<String> TEST_SETTINGS = List.of("--offtake.paths=200", "--offtake.threads=2");
    /** The work directory of a test that gives none: in the build's folder, not the module's. */
    public static final String WORK_DIR = "target/offtake-work";

    /**
     * Runs the application with the database's arguments, {@link #TEST_SETTINGS} and {@code args}; with
     * {@code --offtake.work-dir=}{@link #WORK_DIR} unless {@code args} give one.
     */
    public static int run(List<String> database, String... args) {
        List<String> all = new ArrayList<>(database);
        all.addAll(TEST_SETTINGS);
        all.addAll(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("--offtake.work-dir="))) {
            all.add("--offtake.work-dir=" + WORK_DIR);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OfftakeBatchApplication.class)
                .run(all.toArray(String[]::new))) {
            return context.getBean(NightlyRunner.class).run();
        }
    }
}
