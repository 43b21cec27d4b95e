package org.offtake.datasets.generate;

import java.util.List;

/**
 * The 20 regions of Kazakhstan with their approximate 2023 populations (thousands, rounded, from the Bureau of
 * National Statistics' estimates; the country had about 19.9 million people), which weight regional demand. Abai,
 * Jetisu and Ulytau were created in 2022; their codes here ({@code KZ-ABA}, {@code KZ-ZHT}, {@code KZ-ULT}) are this
 * project's, the others follow the older ISO 3166-2 letter codes.
 */
public final class Regions {

    /** The 17 regions and the cities of Astana, Almaty and Shymkent. */
    public static final List<Region> KAZAKHSTAN = List.of(
            new Region("KZ-AST", "Astana", "г. Астана", 1355),
            new Region("KZ-ALA", "Almaty", "г. Алматы", 2229),
            new Region("KZ-SHY", "Shymkent", "г. Шымкент", 1200),
            new Region("KZ-ABA", "Abai Region", "Абайская область", 608),
            new Region("KZ-AKM", "Akmola Region", "Акмолинская область", 787),
            new Region("KZ-AKT", "Aktobe Region", "Актюбинская область", 926),
            new Region("KZ-ALM", "Almaty Region", "Алматинская область", 1516),
            new Region("KZ-ATY", "Atyrau Region", "Атырауская область", 696),
            new Region("KZ-ZAP", "West Kazakhstan Region", "Западно-Казахстанская область", 690),
            new Region("KZ-ZHA", "Jambyl Region", "Жамбылская область", 1222),
            new Region("KZ-ZHT", "Jetisu Region", "область Жетісу", 698),
            new Region("KZ-KAR", "Karaganda Region", "Карагандинская область", 1132),
            new Region("KZ-KUS", "Kostanay Region", "Костанайская область", 830),
            new Region("KZ-KZY", "Kyzylorda Region", "Кызылординская область", 834),
            new Region("KZ-MAN", "Mangystau Region", "Мангистауская область", 768),
            new Region("KZ-PAV", "Pavlodar Region", "Павлодарская область", 752),
            new Region("KZ-SEV", "North Kazakhstan Region", "Северо-Казахстанская область", 533),
            new Region("KZ-YUZ", "Turkestan Region", "Туркестанская область", 2134),
            new Region("KZ-ULT", "Ulytau Region", "область Ұлытау", 221),
            new Region("KZ-VOS", "East Kazakhstan Region", "Восточно-Казахстанская область", 727));

    private Regions() {
    }

    /** The sum of the populations, thousands. */
    public static int totalPopulation() {
        return KAZAKHSTAN.stream().mapToInt(Region::population).sum();
    }

    /** The population share of {@code region} among the 20. */
    public static double weight(Region region) {
        return (double) region.population() / totalPopulation();
    }
}
