package org.offtake.forecast.hierarchy;

/** The level of a node in a {@link Hierarchy}, from the top down. */
public enum Level {
    /** The grand total over every item, when the caller asked for one. */
    TOTAL,
    /** A group of items defined by one of the caller's groupings, for example an ATC group. */
    GROUP,
    /** An item's national total: the sum of its regions. */
    ITEM,
    /** An item in one region: the series that are forecast and that every other node sums. */
    BOTTOM
}
