package org.offtake.forecast.auto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.offtake.forecast.ForecastModel;
import org.offtake.forecast.baseline.Baselines;
import org.offtake.forecast.ets.Ets;
import org.offtake.forecast.intermittent.Intermittent;
import org.offtake.forecast.theta.Theta;

/**
 * The models by name, for settings files and command lines: {@code ModelNames.parse("auto(ets,dotm,snaive)")}. A
 * specification is one of
 * <ul>
 * <li>a name of {@link #names()}, for example {@code ets}, {@code dotm} or {@code croston};</li>
 * <li>one ETS model, written {@code ETS(M,Ad,N)} or {@code MAdN};</li>
 * <li>{@code auto(A,B,...)}: {@link AutoForecaster} with the models named {@code A}, {@code B}, ... as its
 * candidates (at least one, none of them {@code auto}) and its defaults otherwise, so that a model joins the
 * automatic forecaster by configuration; plain {@code auto} is {@link AutoForecaster#defaults()}, which is
 * {@code auto(ets,dotm)}.</li>
 * </ul>
 * Names are matched ignoring case and the whitespace around them.
 */
public final class ModelNames {

    private static final String AUTO = "auto";
    private static final Map<String, Supplier<ForecastModel>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("naive", Baselines::naive);
        BY_NAME.put("snaive", Baselines::seasonalNaive);
        BY_NAME.put("seasonal-naive", Baselines::seasonalNaive);
        BY_NAME.put("mean", Baselines::mean);
        BY_NAME.put("drift", Baselines::drift);
        BY_NAME.put("ses", () -> Ets.of("ANN"));
        BY_NAME.put("holt", () -> Ets.of("AAN"));
        BY_NAME.put("damped", () -> Ets.of("AAdN"));
        BY_NAME.put("ets", Ets::auto);
        BY_NAME.put("theta", Theta::standard);
        BY_NAME.put("stm", Theta::standardModel);
        BY_NAME.put("otm", Theta::optimised);
        BY_NAME.put("dstm", Theta::dynamicStandard);
        BY_NAME.put("dotm", Theta::dynamicOptimised);
        BY_NAME.put("autotheta", Theta::auto);
        BY_NAME.put("croston", Intermittent::croston);
        BY_NAME.put("croston-opt", Intermittent::crostonOptimized);
        BY_NAME.put("sba", Intermittent::sba);
        BY_NAME.put("tsb", Intermittent::tsb);
        BY_NAME.put("adida", Intermittent::adida);
        BY_NAME.put("imapa", Intermittent::imapa);
        BY_NAME.put("intermittent", Intermittent::auto);
        BY_NAME.put(AUTO, AutoForecaster::defaults);
    }

    private ModelNames() {
    }

    /** The names {@link #parse} knows, in a fixed order ({@code seasonal-naive} is another name of {@code snaive}). */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * The model {@code spec} names.
     *
     * @throws IllegalArgumentException for a name that is not known, listing the known ones, and for a malformed
     *                                  {@code auto(...)}, saying what is expected
     */
    public static ForecastModel parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        String text = spec.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(AUTO + "(")) {
            if (!text.endsWith(")")) {
                throw new IllegalArgumentException("model '" + spec + "': expected auto(A,B,...) with a closing "
                        + "parenthesis");
            }
            List<String> candidates = split(spec, text.substring(AUTO.length() + 1, text.length() - 1));
            AutoForecaster.Builder auto = AutoForecaster.builder();
            for (String candidate : candidates) {
                if (candidate.toLowerCase(Locale.ROOT).startsWith(AUTO)
                        && !candidate.toLowerCase(Locale.ROOT).equals("autotheta")) {
                    throw new IllegalArgumentException("model '" + spec + "': a candidate of auto(...) cannot be "
                            + "auto itself");
                }
                String name = BY_NAME.containsKey(candidate.toLowerCase(Locale.ROOT))
                        ? candidate.toUpperCase(Locale.ROOT) : candidate;
                auto.candidate(name, single(candidate, spec));
            }
            return auto.build();
        }
        return single(text, spec);
    }

    private static ForecastModel single(String name, String spec) {
        Supplier<ForecastModel> known = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known.get();
        }
        try {
            return Ets.of(name);
        } catch (IllegalArgumentException notEts) {
            throw new IllegalArgumentException("model '" + spec + "': '" + name + "' is not a known model; expected "
                    + "one of " + String.join(", ", BY_NAME.keySet()) + ", one ETS model such as ETS(M,Ad,N), or "
                    + "auto(A,B,...) with some of these as its candidates");
        }
    }

    /** The comma-separated names inside {@code auto(...)}, commas inside parentheses kept (ETS(M,Ad,N)). */
    private static List<String> split(String spec, String inside) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= inside.length(); i++) {
            char c = i < inside.length() ? inside.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0 || depth < 0) {
                String name = inside.substring(start, Math.min(i, inside.length())).strip();
                if (name.isEmpty() || depth < 0) {
                    throw new IllegalArgumentException("model '" + spec + "': expected auto(A,B,...) with at least "
                            + "one model name between each pair of commas");
                }
                if (names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                    throw new IllegalArgumentException("model '" + spec + "': '" + name + "' is a candidate twice");
                }
                names.add(name);
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("model '" + spec + "': unbalanced parentheses");
        }
        return names;
    }
}
