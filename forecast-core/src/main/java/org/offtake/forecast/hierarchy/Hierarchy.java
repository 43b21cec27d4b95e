package org.offtake.forecast.hierarchy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.apache.commons.math3.linear.RealMatrix;

/**
 * The aggregation structure of the distributor's demand: items in regions at the bottom, each item's national total
 * above its regions, the caller's groupings of items (for example by ATC group) above the items, and optionally a
 * grand total. Every node other than a bottom is the sum of the bottoms under it.
 *
 * <pre>{@code
 * Hierarchy h = Hierarchy.builder()
 *         .bottom("amoxicillin-500mg/KZ-ALA", "amoxicillin-500mg", "KZ-ALA")
 *         .bottom("amoxicillin-500mg/KZ-AST", "amoxicillin-500mg", "KZ-AST")
 *         .bottom("insulin-glargine/KZ-ALA", "insulin-glargine", "KZ-ALA")
 *         .grouping("atc", item -> atcGroup.get(item))     // group keys become node keys, e.g. "J01", "A10"
 *         .total("national")                                // optional
 *         .build();
 * Block block = h.itemBlock("amoxicillin-500mg");           // the item total and its regions
 * }</pre>
 *
 * <p>The structure is a forest of small trees: an item's regions add up to the item, and nothing else adds into
 * them. That is what lets the library reconcile item by item ({@link #itemBlock}) in time and memory linear in the
 * number of items: a national catalogue of 2,000 items in 20 regions has 40,000 bottom series, and neither the
 * hierarchy nor a block ever holds a dense matrix of that size. Groups and the total are sums of items (see {@link
 * GroupTotals}); a small hierarchy can also be reconciled as one block ({@link #wholeBlock}).
 *
 * <p>Node keys are unique across levels: an item's key is the item itself, a group's key is what the grouping
 * returned, the total's key is the one given. Items keep the order in which their first region was added, bottoms
 * the order in which they were added, groups the order in which they first appear. Immutable.
 */
public final class Hierarchy {

    /** The most nodes {@link #wholeBlock()} and {@link #summingMatrix()} take; larger hierarchies go item by item. */
    public static final int MAX_JOINT_NODES = 2_000;

    private final Map<String, Node> nodes;
    private final Map<String, List<String>> regionsOfItem;
    private final Map<String, List<String>> itemsOfGroup;
    private final Map<String, List<String>> groupsOfItem;
    private final String total;
    private final int bottomCount;

    private Hierarchy(Map<String, Node> nodes, Map<String, List<String>> regionsOfItem,
                      Map<String, List<String>> itemsOfGroup, Map<String, List<String>> groupsOfItem, String total) {
        this.nodes = nodes;
        this.regionsOfItem = regionsOfItem;
        this.itemsOfGroup = itemsOfGroup;
        this.groupsOfItem = groupsOfItem;
        this.total = total;
        this.bottomCount = (int) nodes.values().stream().filter(n -> n.level() == Level.BOTTOM).count();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every node: the total (if any), the groups, the items, then the bottoms. */
    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Number of nodes. */
    public int size() {
        return nodes.size();
    }

    /** Number of bottom series (items x their regions). */
    public int bottomCount() {
        return bottomCount;
    }

    /** Whether the hierarchy has a node with this key. */
    public boolean contains(String key) {
        return nodes.containsKey(key);
    }

    /**
     * The node with this key.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Node node(String key) {
        Node n = nodes.get(Objects.requireNonNull(key, "key"));
        if (n == null) {
            throw new IllegalArgumentException("'" + key + "' is not a node of the hierarchy (it has "
                    + nodes.size() + " nodes: the total, groups, items and item x region keys)");
        }
        return n;
    }

    /** The items, in the order their first region was added. */
    public List<String> items() {
        return List.copyOf(regionsOfItem.keySet());
    }

    /** The grand total's key, if the hierarchy has one. */
    public java.util.Optional<String> total() {
        return java.util.Optional.ofNullable(total);
    }

    /**
     * The nodes that {@code key} directly sums: the items of the total or of a group, the bottoms of an item, none
     * for a bottom.
     *
     * @throws IllegalArgumentException if there is no such node
     */
    public List<String> children(String key) {
        Node n = node(key);
        return switch (n.level()) {
            case TOTAL -> items();
            case GROUP -> itemsOfGroup.get(key);
            case ITEM -> regionsOfItem.get(key);
            case BOTTOM -> List.of();
        };
    }

    /**
     * The nodes that directly sum {@code key}: a bottom's item; an item's groups (one per grouping) and the total;
     * a group's total; none for the total.
     *
     * @throws IllegalArgumentException if there is no such node
     */
    public List<String> parents(String key) {
        Node n = node(key);
        List<String> out = new ArrayList<>();
        switch (n.level()) {
            case BOTTOM -> out.add(n.item());
            case ITEM -> {
                out.addAll(groupsOfItem.get(key));
                if (total != null) {
                    out.add(total);
                }
            }
            case GROUP -> {
                if (total != null) {
                    out.add(total);
                }
            }
            case TOTAL -> {
            }
        }
        return List.copyOf(out);
    }

    /**
     * The bottom keys that add up to {@code key} (its row of the summing matrix); the node itself for a bottom.
     *
     * @throws IllegalArgumentException if there is no such node
     */
    public List<String> bottomsOf(String key) {
        Node n = node(key);
        if (n.level() == Level.BOTTOM) {
            return List.of(key);
        }
        if (n.level() == Level.ITEM) {
            return regionsOfItem.get(key);
        }
        List<String> out = new ArrayList<>();
        for (String item : children(key)) {
            out.addAll(regionsOfItem.get(item));
        }
        return out;
    }

    /**
     * One item's national total with its regions: the block the library reconciles jointly. Aggregate first, then
     * the regions in the order they were added.
     *
     * @throws IllegalArgumentException if {@code item} is not an item of the hierarchy
     */
    public Block itemBlock(String item) {
        List<String> regions = regionsOfItem.get(Objects.requireNonNull(item, "item"));
        if (regions == null) {
            throw new IllegalArgumentException("'" + item + "' is not an item of the hierarchy; items are the second"
                    + " argument of Builder.bottom, for example " + regionsOfItem.keySet().stream().limit(3).toList());
        }
        int[] all = new int[regions.size()];
        for (int j = 0; j < all.length; j++) {
            all[j] = j;
        }
        return new Block(item, List.of(item), regions, new int[][] {all});
    }

    /**
     * Every node at once: the total, the groups and the items as aggregates, every item x region as a bottom. For
     * reconciling a small hierarchy jointly (all levels in one projection) and for tests; large hierarchies are
     * reconciled item by item.
     *
     * @throws IllegalStateException if the hierarchy has more than {@link #MAX_JOINT_NODES} nodes
     */
    public Block wholeBlock() {
        if (nodes.size() > MAX_JOINT_NODES) {
            throw new IllegalStateException("the hierarchy has " + nodes.size() + " nodes; a whole block takes at "
                    + "most " + MAX_JOINT_NODES + ": reconcile item by item with itemBlock(item) and sum groups with "
                    + "GroupTotals");
        }
        List<String> aggregates = new ArrayList<>();
        List<String> bottoms = new ArrayList<>();
        for (Node n : nodes.values()) {
            (n.level() == Level.BOTTOM ? bottoms : aggregates).add(n.key());
        }
        Map<String, Integer> bottomIndex = new HashMap<>();
        for (int j = 0; j < bottoms.size(); j++) {
            bottomIndex.put(bottoms.get(j), j);
        }
        int[][] rows = new int[aggregates.size()][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = bottomsOf(aggregates.get(k)).stream().mapToInt(bottomIndex::get).toArray();
        }
        return new Block("whole hierarchy", aggregates, bottoms, rows);
    }

    /**
     * The summing matrix {@code S} of the whole hierarchy (rows in the order of {@link #wholeBlock()}'s keys,
     * columns its bottoms), as a new dense matrix.
     *
     * @throws IllegalStateException if the hierarchy has more than {@link #MAX_JOINT_NODES} nodes
     */
    public RealMatrix summingMatrix() {
        return wholeBlock().summingMatrix();
    }

    @Override
    public String toString() {
        return "Hierarchy[" + regionsOfItem.size() + " items, " + bottomCount() + " bottoms, " + itemsOfGroup.size()
                + " groups" + (total == null ? "" : ", total " + total) + "]";
    }

    /**
     * Builds a {@link Hierarchy}. Bottoms and groupings are added one by one; the total may be set once
     * ({@link IllegalStateException} otherwise). Everything is checked in {@link #build()}.
     */
    public static final class Builder {
        private final List<String[]> bottoms = new ArrayList<>();
        private final Map<String, Function<String, String>> groupings = new LinkedHashMap<>();
        private String total;

        private Builder() {
        }

        /**
         * A bottom series: item {@code item} in region {@code region}, with series key {@code key} (for example
         * {@code amoxicillin-500mg/KZ-ALA}).
         *
         * @throws IllegalArgumentException if an argument is blank
         */
        public Builder bottom(String key, String item, String region) {
            bottoms.add(new String[] {notBlank(key, "bottom key"), notBlank(item, "item of '" + key + "'"),
                    notBlank(region, "region of '" + key + "'")});
            return this;
        }

        /**
         * A grouping of items: {@code groupOf} gives each item's group key, which becomes a node key. Every item
         * must have a group; items the hierarchy does not have are never asked for.
         *
         * @throws IllegalArgumentException if {@code name} is blank or was used before
         */
        public Builder grouping(String name, Function<String, String> groupOf) {
            notBlank(name, "grouping name");
            Objects.requireNonNull(groupOf, "groupOf");
            if (groupings.containsKey(name)) {
                throw new IllegalArgumentException("grouping '" + name + "' was already added; give each grouping "
                        + "its own name");
            }
            groupings.put(name, groupOf);
            return this;
        }

        /** A grouping given as a map from item to group key (may hold more items than the hierarchy has). */
        public Builder grouping(String name, Map<String, String> groupOfItem) {
            Map<String, String> copy = Map.copyOf(groupOfItem);
            return grouping(name, copy::get);
        }

        /** A grand total over every item, with this key. */
        public Builder total(String key) {
            if (total != null) {
                throw new IllegalStateException("total was already set to '" + total + "'");
            }
            total = notBlank(key, "total key");
            return this;
        }

        /**
         * Validates and builds the hierarchy.
         *
         * @throws IllegalArgumentException if there is no bottom; a bottom key is given twice; an item is given
         *                                  twice in the same region; a grouping gives no group (null or blank) for
         *                                  an item; two nodes of different levels share a key
         */
        public Hierarchy build() {
            if (bottoms.isEmpty()) {
                throw new IllegalArgumentException("a hierarchy needs at least one bottom series (item x region)");
            }
            Map<String, List<String>> regionsOfItem = new LinkedHashMap<>();
            Map<String, Node> bottomNodes = new LinkedHashMap<>();
            Map<String, String> cells = new HashMap<>();
            for (String[] b : bottoms) {
                if (bottomNodes.containsKey(b[0])) {
                    throw new IllegalArgumentException("bottom key '" + b[0] + "' appears twice; each item x region "
                            + "series needs its own key");
                }
                String previous = cells.putIfAbsent(b[1] + '\u0000' + b[2], b[0]);
                if (previous != null) {
                    throw new IllegalArgumentException("bottom '" + b[0] + "': item '" + b[1] + "' in region '"
                            + b[2] + "' is already the bottom '" + previous + "'");
                }
                bottomNodes.put(b[0], new Node(b[0], Level.BOTTOM, b[1], b[2], ""));
                regionsOfItem.computeIfAbsent(b[1], k -> new ArrayList<>()).add(b[0]);
            }
            Map<String, Node> groupNodes = new LinkedHashMap<>();
            Map<String, List<String>> itemsOfGroup = new LinkedHashMap<>();
            Map<String, List<String>> groupsOfItem = new LinkedHashMap<>();
            for (String item : regionsOfItem.keySet()) {
                groupsOfItem.put(item, new ArrayList<>());
            }
            groupings.forEach((name, groupOf) -> {
                for (String item : regionsOfItem.keySet()) {
                    String group = groupOf.apply(item);
                    if (group == null || group.isBlank()) {
                        throw new IllegalArgumentException("item '" + item + "' has no group in grouping '" + name
                                + "' (got " + (group == null ? "null" : "a blank key") + "); every item needs a "
                                + "group key in every grouping");
                    }
                    Node existing = groupNodes.get(group);
                    if (existing != null && !existing.grouping().equals(name)) {
                        throw new IllegalArgumentException("group key '" + group + "' of grouping '" + name
                                + "' is already a group of grouping '" + existing.grouping() + "'; node keys must be"
                                + " unique");
                    }
                    groupNodes.putIfAbsent(group, new Node(group, Level.GROUP, "", "", name));
                    itemsOfGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(item);
                    groupsOfItem.get(item).add(group);
                }
            });
            Map<String, Node> all = new LinkedHashMap<>();
            if (total != null) {
                all.put(total, new Node(total, Level.TOTAL, "", "", ""));
            }
            for (Node g : groupNodes.values()) {
                putUnique(all, g);
            }
            for (String item : regionsOfItem.keySet()) {
                putUnique(all, new Node(item, Level.ITEM, item, "", ""));
            }
            for (Node b : bottomNodes.values()) {
                putUnique(all, b);
            }
            return new Hierarchy(Collections.unmodifiableMap(all), freeze(regionsOfItem), freeze(itemsOfGroup),
                    freeze(groupsOfItem), total);
        }

        private static void putUnique(Map<String, Node> all, Node node) {
            Node previous = all.putIfAbsent(node.key(), node);
            if (previous != null) {
                throw new IllegalArgumentException("key '" + node.key() + "' names both " + describe(previous)
                        + " and " + describe(node) + "; node keys must be unique across levels");
            }
        }

        private static String describe(Node n) {
            return switch (n.level()) {
                case TOTAL -> "the total";
                case GROUP -> "a group of grouping '" + n.grouping() + "'";
                case ITEM -> "an item";
                case BOTTOM -> "a bottom (item '" + n.item() + "', region '" + n.region() + "')";
            };
        }

        private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return Collections.unmodifiableMap(out);
        }

        private static String notBlank(String s, String what) {
            Objects.requireNonNull(s, what);
            if (s.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return s;
        }
    }
}
