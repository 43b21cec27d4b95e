package org.offtake.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code --name value} command-line options, checked against the names a command accepts. */
final class Options {

    private final String command;
    private final Map<String, String> values;

    private Options(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /**
     * @throws IllegalArgumentException on an unknown option, an option without a value, or a stray argument
     */
    static Options parse(String command, String[] args, Set<String> accepted) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException(command + ": unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            if (!accepted.contains(name)) {
                throw new IllegalArgumentException(command + ": unknown option --" + name + "; accepted: --"
                        + String.join(", --", new TreeSet<>(accepted)));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(command + ": option --" + name + " needs a value");
            }
            v.put(name, args[++i]);
        }
        return new Options(command, v);
    }

    String required(String name) {
        String s = values.get(name);
        if (s == null) {
            throw new IllegalArgumentException(command + ": option --" + name + " is required");
        }
        return s;
    }

    /** A required whole number of at least 1. */
    int requiredPositiveInt(String name) {
        required(name);
        return positiveInt(name, 0);
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int positiveInt(String name, int fallback) {
        return intAtLeast(name, fallback, 1);
    }

    /** A whole number of at least 0; {@code fallback} when absent. */
    int nonNegativeInt(String name, int fallback) {
        return intAtLeast(name, fallback, 0);
    }

    private int intAtLeast(String name, int fallback, int min) {
        String s = values.get(name);
        if (s == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(s);
            if (v < min) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(command + ": --" + name + " must be a whole number of at least " + min
                    + ", was '" + s + "'");
        }
    }

    /** A positive finite number; {@code fallback} when absent (NaN: required). */
    double positiveDouble(String name, double fallback) {
        String s = Double.isNaN(fallback) ? required(name) : values.get(name);
        if (s == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(s);
            if (!(v > 0 && Double.isFinite(v))) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(command + ": --" + name + " must be a positive number, was '" + s
                    + "'");
        }
    }

    double[] levels(String name, String fallback) {
        String s = optional(name, fallback);
        try {
            double[] l = Arrays.stream(s.split(",")).map(String::trim).mapToDouble(Double::parseDouble).sorted()
                    .toArray();
            for (int i = 0; i < l.length; i++) {
                if (!(l[i] >= 1 && l[i] < 100) || i > 0 && l[i] == l[i - 1]) {
                    throw new NumberFormatException();
                }
            }
            return l;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(command + ": --" + name + " must be percentages from 1 to below 100 "
                    + "separated by commas, each once (for example 80,95), was '" + s + "'");
        }
    }
}
