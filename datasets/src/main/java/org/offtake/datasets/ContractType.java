package org.offtake.datasets;

import java.util.Locale;

/**
 * How a procurement line was contracted: the annual tender, a long-term (offtake) contract with a manufacturer, or a
 * purchase from a single source.
 */
public enum ContractType {
    /** Bought through the annual tender. */
    TENDER("tender", "Тендер"),
    /** Bought under a long-term (offtake) contract, 3 to 10 years, with a manufacturer. */
    LONG_TERM("long_term", "Долгосрочный договор"),
    /** Bought from a single source, without competition. */
    SINGLE_SOURCE("single_source", "Из одного источника");

    private static final ContractType[] VALUES = values();

    private final String canonicalName;
    private final String russianName;

    ContractType(String canonicalName, String russianName) {
        this.canonicalName = canonicalName;
        this.russianName = russianName;
    }

    /** The name in the canonical layout: {@code tender}, {@code long_term} or {@code single_source}. */
    public String canonicalName() {
        return canonicalName;
    }

    /** The name in Russian exports: {@code Тендер}, {@code Долгосрочный договор}, {@code Из одного источника}. */
    public String russianName() {
        return russianName;
    }

    /**
     * The contract type named by {@code text}: its canonical name or its Russian name, ignoring case and the
     * whitespace around it.
     *
     * @return the type, or {@code null} when {@code text} names none
     */
    public static ContractType fromName(String text) {
        for (ContractType type : VALUES) {
            if (type.canonicalName.equals(text)) {
                return type;
            }
        }
        String name = text.strip();
        for (ContractType type : VALUES) {
            if (type.canonicalName.equalsIgnoreCase(name) || type.russianName.equalsIgnoreCase(name)) {
                return type;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("long-term") || lower.equals("single-source")) {
            return lower.startsWith("long") ? LONG_TERM : SINGLE_SOURCE;
        }
        return null;
    }

    /** The canonical names, for messages: {@code tender, long_term, single_source}. */
    public static String canonicalNames() {
        return "tender, long_term, single_source (or Тендер, Долгосрочный договор, Из одного источника)";
    }
}
