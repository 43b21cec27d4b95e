package org.offtake.datasets.generate;

import java.util.Objects;

/**
 * One of the 20 first-level divisions of Kazakhstan: 17 regions and the three cities of republican significance.
 *
 * @param code       the code written in the {@code region} column, for example {@code KZ-ALA}
 * @param name       the English name
 * @param nameRu     the Russian name
 * @param population the approximate population in 2023, thousands
 */
public record Region(String code, String name, String nameRu, int population) {

    /** @throws IllegalArgumentException if the population is not positive */
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameRu, "nameRu");
        if (population <= 0) {
            throw new IllegalArgumentException("population must be positive, was " + population + " for " + code);
        }
    }
}
