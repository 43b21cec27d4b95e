package org.offtake.forecast.ets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One of the 30 models of the innovations state-space taxonomy of exponential smoothing (Hyndman, Koehler, Ord &amp;
 * Snyder, <i>Forecasting with Exponential Smoothing: The State Space Approach</i>, Springer 2008, table 2.2):
 * error (A, M) x trend (N, A, Ad, M, Md) x season (N, A, M). Written {@code ETS(M,Ad,N)}.
 *
 * @param error  additive or multiplicative errors
 * @param trend  no, additive or multiplicative trend
 * @param damped whether the trend is damped (only with a trend)
 * @param season no, additive or multiplicative seasonality
 */
public record EtsComponents(Error error, Trend trend, boolean damped, Season season) {

    /** The error component. */
    public enum Error {
        ADDITIVE("A"), MULTIPLICATIVE("M");

        private final String code;

        Error(String code) {
            this.code = code;
        }

        /** {@code A} or {@code M}. */
        public String code() {
            return code;
        }
    }

    /** The trend component (damping is a separate flag). */
    public enum Trend {
        NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

        private final String code;

        Trend(String code) {
            this.code = code;
        }

        /** {@code N}, {@code A} or {@code M}. */
        public String code() {
            return code;
        }
    }

    /** The seasonal component. */
    public enum Season {
        NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

        private final String code;

        Season(String code) {
            this.code = code;
        }

        /** {@code N}, {@code A} or {@code M}. */
        public String code() {
            return code;
        }
    }

    /**
     * @throws IllegalArgumentException if {@code damped} is set without a trend
     */
    public EtsComponents {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(season, "season");
        if (damped && trend == Trend.NONE) {
            throw new IllegalArgumentException("a damped model needs a trend: ETS(" + error.code + ",Nd,"
                    + season.code + ") does not exist");
        }
    }

    /**
     * Parses {@code ETS(M,Ad,N)}, {@code M,Ad,N} or {@code MAdN} (case-insensitive).
     *
     * @throws IllegalArgumentException if the text is not one of the 30 models
     */
    public static EtsComponents parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("ETS(") && s.endsWith(")")) {
            s = s.substring(4, s.length() - 1);
        }
        s = s.replace(",", "").replace(" ", "");
        boolean damped = s.length() == 4 && s.charAt(2) == 'D';
        if (!(s.length() == 3 || damped)) {
            throw new IllegalArgumentException("not an ETS model: '" + text
                    + "'; expected error A|M, trend N|A|Ad|M|Md, season N|A|M, e.g. ETS(M,Ad,N) or MAdN");
        }
        char e = s.charAt(0);
        char t = s.charAt(1);
        char z = s.charAt(s.length() - 1);
        if ("AM".indexOf(e) < 0 || "NAM".indexOf(t) < 0 || "NAM".indexOf(z) < 0 || damped && t == 'N') {
            throw new IllegalArgumentException("not an ETS model: '" + text
                    + "'; expected error A|M, trend N|A|Ad|M|Md, season N|A|M, e.g. ETS(M,Ad,N) or MAdN");
        }
        return new EtsComponents(e == 'A' ? Error.ADDITIVE : Error.MULTIPLICATIVE, trendOf(t), damped, seasonOf(z));
    }

    private static Trend trendOf(char c) {
        return switch (c) {
            case 'N' -> Trend.NONE;
            case 'A' -> Trend.ADDITIVE;
            default -> Trend.MULTIPLICATIVE;
        };
    }

    private static Season seasonOf(char c) {
        return switch (c) {
            case 'N' -> Season.NONE;
            case 'A' -> Season.ADDITIVE;
            default -> Season.MULTIPLICATIVE;
        };
    }

    /**
     * All 30 models in the order R's {@code ets} tries them: error (A, M), then trend (N, A, M), then season (N, A,
     * M), damped before undamped. Automatic selection keeps the first of equally good models, so the order matters.
     */
    public static List<EtsComponents> all() {
        return ALL;
    }

    private static final List<EtsComponents> ALL = allInROrder();

    private static List<EtsComponents> allInROrder() {
        List<EtsComponents> out = new ArrayList<>(30);
        for (Error e : Error.values()) {
            for (Trend t : Trend.values()) {
                for (Season s : Season.values()) {
                    for (boolean damped : new boolean[] {true, false}) {
                        if (!(damped && t == Trend.NONE)) {
                            out.add(new EtsComponents(e, t, damped, s));
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether any component is multiplicative. */
    public boolean anyMultiplicative() {
        return error == Error.MULTIPLICATIVE || trend == Trend.MULTIPLICATIVE || season == Season.MULTIPLICATIVE;
    }

    /** {@code ETS(M,Ad,N)}. */
    @Override
    public String toString() {
        return "ETS(" + error.code + "," + trend.code + (damped ? "d" : "") + "," + season.code + ")";
    }
}
