package org.offtake.datasets.generate;

/**
 * Business identification numbers (BIN) of Kazakhstan legal entities: 12 digits, {@code YYMM} of registration, the
 * entity type (4 resident, 5 non-resident legal entity), an attribute digit (0 head office, 2 representative office),
 * a 5-digit serial and a control digit computed as for the individual identification number: the sum of the first 11
 * digits weighted 1..11, modulo 11; when that is 10, weighted 3..11, 1, 2, modulo 11; numbers whose control is 10
 * both times are not issued.
 */
final class Bins {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private Bins() {
    }

    /** A BIN for a legal entity, drawn from {@code rng}. */
    static String next(Rng rng, boolean resident) {
        while (true) {
            int year = rng.nextInt(25);
            int month = 1 + rng.nextInt(12);
            String first11 = "%02d%02d%d%d%05d".formatted(year, month, resident ? 4 : 5, resident ? 0 : 2,
                    rng.nextInt(100_000));
            int control = control(first11);
            if (control >= 0) {
                return first11 + control;
            }
        }
    }

    /** The control digit of the first 11 digits, or -1 when no control digit exists. */
    static int control(String first11) {
        int control = weighted(first11, FIRST_WEIGHTS);
        if (control == 10) {
            control = weighted(first11, SECOND_WEIGHTS);
        }
        return control == 10 ? -1 : control;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    /** Whether {@code bin} is 12 digits with a correct control digit. */
    static boolean isValid(String bin) {
        if (bin.length() != 12 || !bin.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return control(bin.substring(0, 11)) == bin.charAt(11) - '0';
    }
}
