package org.offtake.datasets.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches of one command, checked against what it accepts. */
final class Arguments {

    private final String command;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * Parses {@code args}.
     *
     * @throws IllegalArgumentException for an option the command does not accept, a value missing, or an option
     *                                  given twice
     */
    static Arguments parse(String command, String[] args, Set<String> valueOptions, Set<String> flagOptions) {
        Arguments parsed = new Arguments(command);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (flagOptions.contains(arg)) {
                if (!parsed.flags.add(arg)) {
                    throw new IllegalArgumentException(command + ": " + arg + " is given twice");
                }
            } else if (valueOptions.contains(arg)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException(command + ": " + arg + " needs a value");
                }
                if (parsed.values.put(arg, args[++i]) != null) {
                    throw new IllegalArgumentException(command + ": " + arg + " is given twice");
                }
            } else {
                Set<String> known = new HashSet<>(valueOptions);
                known.addAll(flagOptions);
                throw new IllegalArgumentException(command + ": unknown argument '" + arg + "'; the options are "
                        + known.stream().sorted().toList());
            }
        }
        return parsed;
    }

    /**
     * The value of a required option.
     *
     * @throws IllegalArgumentException if it is missing
     */
    String required(String option) {
        String value = values.get(option);
        if (value == null) {
            throw new IllegalArgumentException(command + ": " + option + " is required");
        }
        return value;
    }

    /** The value of an optional option, or {@code null}. */
    String optional(String option) {
        return values.get(option);
    }

    /** Whether a switch was given. */
    boolean flag(String option) {
        return flags.contains(option);
    }
}
