package org.offtake.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;

/**
 * forecast-core works without Smile (GPL-3), its optional dependency: only {@code org.offtake.forecast.global}
 * refers to Smile, the module requires it statically, and the other models load and run from a class loader that
 * holds forecast-core and Commons Math only.
 */
class WithoutSmileTest {

    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)");

    /** forecast-core's compiled classes: the folder (or jar) this class's main counterpart came from. */
    private static Path coreClasses() {
        return location(TimeSeries.class);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jdeps_onlyTheGlobalPackageReferencesSmile() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException(
                "jdeps is not in this JDK"));
        String modulePath = String.join(java.io.File.pathSeparator,
                location(org.apache.commons.math3.util.FastMath.class).toString(),
                location(classNamed("smile.regression.GradientTreeBoost")).toString(),
                location(classNamed("smile.data.DataFrame")).toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--module-path", modulePath,
                "-verbose:class", coreClasses().toString());

        assertThat(status).as("jdeps failed: %s", err).isZero();
        List<String> smileUsers = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            Matcher m = DEPENDENCY.matcher(line);
            if (m.find() && m.group(2).startsWith("smile.")) {
                smileUsers.add(m.group(1));
            }
        }
        assertThat(smileUsers).as("jdeps found the global model's use of Smile").isNotEmpty();
        assertThat(new TreeSet<>(smileUsers)).allSatisfy(user ->
                assertThat(user).startsWith("org.offtake.forecast.global."));
    }

    @Test
    void moduleDescriptor_requiresSmileStatically() {
        ModuleDescriptor module = ModuleFinder.of(coreClasses()).find("org.offtake.forecast").orElseThrow()
                .descriptor();

        List<ModuleDescriptor.Requires> smile = module.requires().stream()
                .filter(r -> r.name().startsWith("smile.")).toList();

        assertThat(smile).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("smile.core", "smile.base");
        assertThat(smile).allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }

    @Test
    void etsAndBaselines_runFromAClassLoaderWithoutSmile() throws Exception {
        double[] values = new double[48];
        for (int t = 0; t < values.length; t++) {
            values[t] = 100 + 20 * Math.sin(2 * Math.PI * t / 12) + t;
        }
        try (URLClassLoader loader = withoutSmile()) {
            assertThatThrownBy(() -> loader.loadClass("smile.regression.GradientTreeBoost"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> seriesType = loader.loadClass(TimeSeries.class.getName());
            assertThat(seriesType.getClassLoader()).isSameAs(loader);
            Object series = seriesType.getMethod("seasonal", String.class, int.class, double[].class)
                    .invoke(null, "k", 12, values);

            Map<String, Object> models = Map.of(
                    "ets", loader.loadClass(Ets.class.getName()).getMethod("auto").invoke(null),
                    "snaive", loader.loadClass(Baselines.class.getName()).getMethod("seasonalNaive").invoke(null));
            Map<String, ForecastModel> here = Map.of("ets", Ets.auto(), "snaive", Baselines.seasonalNaive());
            for (Map.Entry<String, Object> e : models.entrySet()) {
                Object fitted = loader.loadClass(ForecastModel.class.getName()).getMethod("fit", seriesType)
                        .invoke(e.getValue(), series);
                Object forecast = loader.loadClass(FittedModel.class.getName())
                        .getMethod("forecast", int.class, double[].class).invoke(fitted, 12, new double[] {80, 95});
                double[] upper = (double[]) forecast.getClass().getMethod("upper", double.class)
                        .invoke(forecast, 95.0);
                Forecast expected = here.get(e.getKey()).fit(TimeSeries.seasonal("k", 12, values))
                        .forecast(12, 80, 95);
                assertThat(upper).as(e.getKey()).containsExactly(expected.upper(95));
                Object paths = loader.loadClass(FittedModel.class.getName())
                        .getMethod("simulate", int.class, int.class, long.class).invoke(fitted, 6, 10, 1L);
                assertThat(paths.getClass().getMethod("count").invoke(paths)).isEqualTo(10);
            }
        }
    }

    @Test
    void globalModel_withoutSmile_saysWhatToAdd() throws Exception {
        try (URLClassLoader loader = withoutSmile()) {
            Class<?> global = loader.loadClass("org.offtake.forecast.global.GlobalBoostedTrees");
            Object spec = global.getMethod("defaults").invoke(null);
            Method fit = global.getMethod("fit", List.class);

            assertThatThrownBy(() -> invoke(fit, spec, List.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("GlobalBoostedTrees needs Smile, which is not on the class path: add "
                            + "com.github.haifengl:smile-core (6.x, GPL-3) to your application's dependencies (on "
                            + "the module path, also 'requires smile.core' and 'requires org.slf4j')");
        }
    }

    /**
     * A loader of forecast-core's classes and Commons Math, whose parent is the bootstrap loader: the platform
     * loader would not do, as it hands classes of the modules on the application's module path (Smile among them,
     * when the tests run on the module path) to the application loader.
     */
    private static URLClassLoader withoutSmile() throws java.net.MalformedURLException {
        URL[] urls = {coreClasses().toUri().toURL(),
                location(org.apache.commons.math3.util.FastMath.class).toUri().toURL()};
        return new URLClassLoader("without-smile", urls, null);
    }

    private static Object invoke(Method method, Object target, Object... args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " should be on the test class path", e);
        }
    }
}
