package org.offtake.forecast.global;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.offtake.forecast.TimeSeries;

/**
 * A validated group: the series in the caller's order, their common season length, the attribute names (sorted)
 * and each series' attribute values in that order.
 */
record Group(List<TimeSeries> series, int seasonLength, List<String> attributeNames,
             Map<String, double[]> attributes) {

    /**
     * @throws NullPointerException     if the group, the attribute map, a series, an attribute map of a series or
     *                                  a value is null
     * @throws IllegalArgumentException if the group is empty, a key appears twice, the season lengths differ,
     *                                  attributes name a series that is not in the group, or the series do not all
     *                                  have the same attribute names, or an attribute value is not finite
     */
    static Group of(List<TimeSeries> group, Map<String, Map<String, Double>> attributes) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(attributes, "attributes");
        if (group.isEmpty()) {
            throw new IllegalArgumentException("the group is empty: a global model needs at least one series");
        }
        Map<String, Integer> positions = new HashMap<>();
        TimeSeries first = Objects.requireNonNull(group.getFirst(), "series at position 0 of the group");
        for (int i = 0; i < group.size(); i++) {
            TimeSeries s = Objects.requireNonNull(group.get(i), "series at position " + i + " of the group");
            Integer earlier = positions.putIfAbsent(s.key(), i);
            if (earlier != null) {
                throw new IllegalArgumentException("series key '" + s.key() + "' appears twice in the group, at "
                        + "positions " + earlier + " and " + i + "; keys must be unique");
            }
            if (s.seasonLength() != first.seasonLength()) {
                throw new IllegalArgumentException("series '" + s.key() + "' has season length " + s.seasonLength()
                        + " but '" + first.key() + "', the first of the group, has " + first.seasonLength()
                        + "; a group shares one season length");
            }
        }
        for (String key : new TreeSet<>(attributes.keySet())) {
            if (!positions.containsKey(key)) {
                throw new IllegalArgumentException("attributes are given for series '" + key + "', which is not in "
                        + "the group");
            }
        }
        List<String> names = attributes.isEmpty() ? List.of()
                : List.copyOf(new TreeSet<>(namesOf(first.key(), attributes.get(first.key()))));
        Map<String, double[]> values = new HashMap<>();
        for (TimeSeries s : group) {
            values.put(s.key(), attributes.isEmpty() ? new double[0]
                    : values(s.key(), attributes.get(s.key()), names, first.key()));
        }
        return new Group(List.copyOf(group), first.seasonLength(), names, values);
    }

    private static java.util.Set<String> namesOf(String key, Map<String, Double> a) {
        if (a == null) {
            throw new IllegalArgumentException("series '" + key + "' has no attributes, but others have; every series "
                    + "of the group needs the same attributes");
        }
        return a.keySet();
    }

    private static double[] values(String key, Map<String, Double> a, List<String> names, String firstKey) {
        namesOf(key, a);
        if (!a.keySet().equals(new TreeSet<>(names))) {
            List<String> missing = new ArrayList<>(names);
            missing.removeAll(a.keySet());
            List<String> extra = new ArrayList<>(new TreeSet<>(a.keySet()));
            extra.removeAll(names);
            throw new IllegalArgumentException("series '" + key + "' has attributes " + new TreeSet<>(a.keySet())
                    + " but '" + firstKey + "' has " + names + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (extra.isEmpty() ? "" : "; not in '" + firstKey + "': " + extra)
                    + "; every series of the group needs the same attributes");
        }
        double[] v = new double[names.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = Objects.requireNonNull(a.get(names.get(i)), "series '" + key + "', attribute '"
                    + names.get(i) + "'");
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("series '" + key + "': attribute '" + names.get(i) + "' is " + x
                        + "; attributes must be finite numbers (encode categories as numbers)");
            }
            v[i] = x;
        }
        return v;
    }
}
