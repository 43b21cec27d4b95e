package org.offtake.forecast.hierarchy;

import java.util.Objects;

/**
 * One node of a {@link Hierarchy}: a series key and where it sits.
 *
 * @param key      the series key, unique in the hierarchy
 * @param level    the node's level
 * @param item     the item of an {@link Level#ITEM} or {@link Level#BOTTOM} node; empty otherwise
 * @param region   the region of a {@link Level#BOTTOM} node; empty otherwise
 * @param grouping the name of the grouping a {@link Level#GROUP} node belongs to; empty otherwise
 */
public record Node(String key, Level level, String item, String region, String grouping) {

    /** @throws NullPointerException if an argument is null (absent attributes are empty strings) */
    public Node {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(grouping, "grouping");
    }
}
