package org.offtake.datasets.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * The items, manufacturers and customers of one generation, drawn from the profile and the seed. Items cycle through
 * {@link Medicines#PRODUCTS} (evenly spaced when there are fewer items than products, so a small catalogue still
 * spans the ATC groups).
 */
final class Catalog {

    /** Demand scale of each ATC main group ('-' for devices) relative to the profile's median demand. */
    private static final Map<Character, Double> GROUP_DEMAND = Map.ofEntries(Map.entry('A', 1.0),
            Map.entry('B', 1.5), Map.entry('C', 1.4), Map.entry('H', 0.6), Map.entry('J', 1.2), Map.entry('L', 0.15),
            Map.entry('M', 0.9), Map.entry('N', 0.9), Map.entry('R', 1.0), Map.entry('-', 4.0));
    /** Reference price of one pack of ten (tenge, at the start) by group. */
    private static final Map<Character, Double> GROUP_PRICE = Map.ofEntries(Map.entry('A', 1500.0),
            Map.entry('B', 2000.0), Map.entry('C', 1200.0), Map.entry('H', 1500.0), Map.entry('J', 2500.0),
            Map.entry('L', 45000.0), Map.entry('M', 900.0), Map.entry('N', 1500.0), Map.entry('R', 1300.0),
            Map.entry('-', 150.0));

    private static final String[] STEMS_A = {"Ал", "Бер", "Вита", "Гал", "Дар", "Ер", "Жан", "Зер", "Ин", "Кар",
        "Лей", "Мед", "Нур", "Ор", "Пол", "Рей", "Сан", "Тал", "Ул", "Фар", "Хим", "Цел", "Шан", "Эл"};
    private static final String[] STEMS_B = {"ин", "ос", "ен", "ар", "ус", "ия", "он", "ет", "ан", "ис"};
    private static final String[] STEMS_LATIN_A = {"Al", "Bel", "Cor", "Dan", "Eu", "Fal", "Gen", "Hel", "Iv", "Ker",
        "Lun", "Mar", "Nov", "Or", "Pra", "Qui", "Ros", "Sel", "Ter", "Ur", "Ver", "Xan", "Zen"};
    private static final String[] STEMS_LATIN_B = {"ax", "ena", "ion", "ora", "us", "ix", "eon", "ara", "um", "is"};
    private static final String[] DOMESTIC_FORMS = {"ТОО «%sфарм»", "АО «%s-Мед»", "ТОО «%s Казахстан»",
        "ТОО «Завод %s»"};
    private static final String[] FOREIGN_FORMS = {"%s Pharma GmbH", "%s Pharmaceuticals Ltd", "%s Healthcare S.A.",
        "%s Ilac A.S.", "%s Laboratories Pvt Ltd", "%s Farm OOO"};

    final List<Item> items;
    final List<Manufacturer> manufacturers;
    /** Customers of each region, in the order of {@link Regions#KAZAKHSTAN}. */
    final List<List<String>> customers;

    private Catalog(List<Item> items, List<Manufacturer> manufacturers, List<List<String>> customers) {
        this.items = items;
        this.manufacturers = manufacturers;
        this.customers = customers;
    }

    static Catalog of(GeneratorProfile profile, long seed) {
        List<Manufacturer> manufacturers = manufacturers(profile, Rng.of(seed, 1));
        List<Item> items = items(profile, manufacturers, seed);
        List<List<String>> customers = new ArrayList<>();
        for (Region region : Regions.KAZAKHSTAN) {
            List<String> names = new ArrayList<>();
            names.add("Управление здравоохранения (" + region.nameRu() + ")");
            for (int k = 1; k < profile.customersPerRegion(); k++) {
                names.add((k % 2 == 1 ? "КГП на ПХВ «Многопрофильная больница №" : "КГП на ПХВ «Поликлиника №")
                        + ((k + 1) / 2) + "» (" + region.nameRu() + ")");
            }
            customers.add(List.copyOf(names));
        }
        return new Catalog(items, manufacturers, List.copyOf(customers));
    }

    private static List<Manufacturer> manufacturers(GeneratorProfile profile, Rng rng) {
        int count = profile.manufacturers();
        int domestic = (int) Math.round(count * profile.domesticShare());
        boolean[] isDomestic = new boolean[count];
        for (int i = 0; i < domestic; i++) {
            isDomestic[i] = true;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            boolean swap = isDomestic[i];
            isDomestic[i] = isDomestic[j];
            isDomestic[j] = swap;
        }
        List<Manufacturer> list = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String stem = isDomestic[i]
                    ? STEMS_A[rng.nextInt(STEMS_A.length)] + STEMS_B[rng.nextInt(STEMS_B.length)]
                    : STEMS_LATIN_A[rng.nextInt(STEMS_LATIN_A.length)]
                      + STEMS_LATIN_B[rng.nextInt(STEMS_LATIN_B.length)];
            int seen = used.merge(stem, 1, Integer::sum);
            if (seen > 1) {
                stem = stem + " " + seen;
            }
            String[] forms = isDomestic[i] ? DOMESTIC_FORMS : FOREIGN_FORMS;
            String name = forms[rng.nextInt(forms.length)].formatted(stem);
            double priceFactor = (isDomestic[i] ? 0.92 : 1.1) * rng.logNormal(0.05);
            list.add(new Manufacturer(Bins.next(rng, true), name, isDomestic[i], priceFactor));
        }
        return List.copyOf(list);
    }

    private static List<Item> items(GeneratorProfile profile, List<Manufacturer> manufacturers, long seed) {
        List<Medicines.Product> products = Medicines.PRODUCTS;
        int n = profile.items();
        int years = profile.years();
        int months = profile.months();
        Rng rng = Rng.of(seed, 2);
        int offset = rng.nextInt(products.size());
        List<Item> items = new ArrayList<>(n);
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int index = n <= products.size() ? (int) ((long) i * products.size() / n) : i % products.size();
            Medicines.Product product = products.get((index + offset) % products.size());
            Medicines.Form form = product.form();
            int pack = form.packs[rng.nextInt(form.packs.length)];
            String name = itemName(product, pack);
            int seen = names.merge(name, 1, Integer::sum);
            if (seen > 1) {
                name = name + " (вариант " + seen + ")";
            }
            String code = (product.atc().isEmpty() ? "MD" : product.atc()) + "-" + "%05d".formatted(i + 1);
            char group = product.group();
            double base = profile.medianDemand() * GROUP_DEMAND.get(group) * rng.logNormal(0.8);
            double u = rng.nextDouble();
            double trend;
            if (u < profile.growingShare()) {
                trend = rng.uniform(0.04, 0.15);
            } else if (u < profile.growingShare() + profile.decliningShare()) {
                trend = -rng.uniform(0.04, 0.15);
            } else {
                trend = rng.uniform(-0.02, 0.02);
            }
            double life = rng.nextDouble();
            int launch = 0;
            int end = months;
            if (life < profile.newItemShare()) {
                launch = 6 + rng.nextInt(Math.max(1, months - 18));
            } else if (life < profile.newItemShare() + profile.discontinuedShare()) {
                end = 12 + rng.nextInt(Math.max(1, months - 18));
            }
            double price = GROUP_PRICE.get(group) * StrictMath.pow(pack / 10.0, 0.8) * rng.logNormal(0.6);
            double[] yearNoise = new double[years];
            for (int y = 0; y < years; y++) {
                yearNoise[y] = rng.logNormal(0.04);
            }
            int[] suppliers = suppliers(i, manufacturers.size(), rng);
            double[][] shares = new double[years][];
            for (int y = 0; y < years; y++) {
                shares[y] = dirichlet(suppliers.length, rng);
            }
            int contractSupplier = -1;
            int contractYear = years;
            List<Integer> domestic = new ArrayList<>();
            for (int k = 0; k < suppliers.length; k++) {
                if (manufacturers.get(suppliers[k]).domestic()) {
                    domestic.add(k);
                }
            }
            boolean contract = rng.nextDouble() < profile.longTermShare();
            int contractPick = rng.nextInt(Math.max(1, domestic.size()));
            int contractStart = 1 + rng.nextInt(years - 1);
            if (contract && suppliers.length >= 2 && !domestic.isEmpty()) {
                contractSupplier = domestic.get(contractPick);
                contractYear = contractStart;
                for (int y = contractYear; y < years; y++) {
                    double others = 1 - shares[y][contractSupplier];
                    for (int k = 0; k < suppliers.length; k++) {
                        shares[y][k] = k == contractSupplier ? 0.85
                                : others > 0 ? 0.15 * shares[y][k] / others : 0.15 / (suppliers.length - 1);
                    }
                }
            }
            items.add(new Item(code, name, product.atc(), form.unit, base, trend, launch, end, round2(price),
                    yearNoise, suppliers, shares, contractSupplier, contractYear));
        }
        return List.copyOf(items);
    }

    private static String itemName(Medicines.Product product, int pack) {
        if (product.form() == Medicines.Form.DEVICE) {
            return product.name() + ", " + product.strength() + (pack > 1 ? ", №" + pack : "");
        }
        return product.name() + ", " + product.form().nameRu + ", " + product.strength() + ", №" + pack;
    }

    /** 1 to 4 distinct manufacturers; item {@code i} gets manufacturer {@code i} first, so each has an item. */
    private static int[] suppliers(int i, int manufacturers, Rng rng) {
        double u = rng.nextDouble();
        int k = u < 0.25 ? 1 : u < 0.6 ? 2 : u < 0.85 ? 3 : 4;
        k = Math.min(k, manufacturers);
        int[] chosen = new int[k];
        chosen[0] = i < manufacturers ? i : rng.nextInt(manufacturers);
        for (int j = 1; j < k; j++) {
            int candidate;
            boolean duplicate;
            do {
                candidate = rng.nextInt(manufacturers);
                duplicate = false;
                for (int p = 0; p < j; p++) {
                    duplicate |= chosen[p] == candidate;
                }
            } while (duplicate);
            chosen[j] = candidate;
        }
        return chosen;
    }

    /** Shares from a symmetric Dirichlet(0.8): the year's tender result. */
    private static double[] dirichlet(int k, Rng rng) {
        double[] shares = new double[k];
        if (k == 1) {
            shares[0] = 1;
            return shares;
        }
        GammaDistribution gamma = new GammaDistribution(rng, 0.8, 1);
        double total = 0;
        for (int j = 0; j < k; j++) {
            shares[j] = gamma.sample() + 1e-9;
            total += shares[j];
        }
        for (int j = 0; j < k; j++) {
            shares[j] /= total;
        }
        return shares;
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
