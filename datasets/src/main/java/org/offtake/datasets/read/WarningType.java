package org.offtake.datasets.read;

import java.util.Locale;

/** Kinds of {@link Warning}. */
public enum WarningType {
    /** The amount differs from quantity x unit price by more than the tolerance. */
    AMOUNT_MISMATCH;

    /** The lower-case name, for example {@code amount_mismatch}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
