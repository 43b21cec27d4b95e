package org.offtake.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class EtsParameterSpaceTest {

    /**
     * The root-free Schur-Cohn test on 2,000 polynomials of degree 2 to 25 built from known roots (real roots and
     * conjugate pairs): a largest modulus drawn between 0.7 and 1.3, the others below it, so that the answer is known
     * exactly and both answers are common; cases whose largest modulus
     * is within 1e-3 of 1 are left out, where rounding the coefficients could move a root across the circle.
     */
    @Test
    void rootsWithinRadius_agreesWithTheRootsThePolynomialWasBuiltFrom() {
        SplittableRandom random = new SplittableRandom(2008);
        int checked = 0;
        int inside = 0;
        for (int k = 0; k < 2000; k++) {
            int degree = 2 + random.nextInt(24);
            double[] c = new double[] {1};
            double largest = 0.7 + 0.6 * random.nextDouble();
            int placed = 0;
            while (placed < degree) {
                double modulus = placed == 0 ? largest : 0.3 + (largest - 0.3) * random.nextDouble();
                if (degree - placed >= 2 && random.nextBoolean()) {
                    double angle = Math.PI * random.nextDouble();
                    double a = modulus * Math.cos(angle);
                    // (z - r e^{ia})(z - r e^{-ia}) = z^2 - 2 r cos(a) z + r^2
                    c = multiply(c, new double[] {modulus * modulus, -2 * a, 1});
                    placed += 2;
                } else {
                    c = multiply(c, new double[] {random.nextBoolean() ? -modulus : modulus, 1});
                    placed++;
                }
            }
            if (Math.abs(largest - 1) < 1e-3) {
                continue;
            }
            boolean expected = largest < 1;
            assertThat(EtsParameterSpace.rootsWithinRadius(c, 1.0)).as("polynomial %d, largest root %s", k, largest)
                    .isEqualTo(expected);
            checked++;
            inside += expected ? 1 : 0;
        }
        assertThat(checked).isGreaterThan(1900);
        assertThat(inside).as("both answers occur").isBetween(200, checked - 200);
    }

    /** Coefficients (lowest power first) of the product of two polynomials. */
    private static double[] multiply(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    @Test
    void rootsWithinRadius_radiusWidensTheDisc() {
        double[] rootAtOnePointFive = {-1.5, 1};
        assertThat(EtsParameterSpace.rootsWithinRadius(rootAtOnePointFive, 1.0)).isFalse();
        assertThat(EtsParameterSpace.rootsWithinRadius(rootAtOnePointFive, 1.6)).isTrue();
    }

    /** Hyndman et al. (2008), table 10.1: ETS(A,N,N) is forecastable for 0 < alpha < 2, ETS(A,A,N) for 0 < beta < 4 - 2 alpha. */
    @Test
    void admissible_nonSeasonalRegions_areTheTextbookOnes() {
        assertThat(EtsParameterSpace.admissible(1.9, Double.NaN, Double.NaN, Double.NaN, 1)).isTrue();
        assertThat(EtsParameterSpace.admissible(2.1, Double.NaN, Double.NaN, Double.NaN, 1)).isFalse();
        assertThat(EtsParameterSpace.admissible(0.5, 2.9, Double.NaN, Double.NaN, 1)).isTrue();
        assertThat(EtsParameterSpace.admissible(0.5, 3.1, Double.NaN, Double.NaN, 1)).isFalse();
    }

    @Test
    void admissible_seasonal_usualValuesPass_andAGammaAboveOnePlusOneOverPhiMinusAlphaFails() {
        assertThat(EtsParameterSpace.admissible(0.3, 0.05, 0.2, 0.95, 12)).isTrue();
        assertThat(EtsParameterSpace.admissible(0.3, 0.05, 1 + 1 / 0.95 - 0.3 + 0.01, 0.95, 12)).isFalse();
    }

    @Test
    void contains_usualRegion_betaAboveAlpha_orGammaAboveOneMinusAlpha_isOutside() {
        EtsParameterSpace space = EtsParameterSpace.defaults();
        assertThat(space.contains(0.3, 0.2, Double.NaN, Double.NaN, 1, true, true, false, false)).isTrue();
        assertThat(space.contains(0.3, 0.31, Double.NaN, Double.NaN, 1, true, true, false, false)).isFalse();
        assertThat(space.contains(0.3, Double.NaN, 0.71, Double.NaN, 4, true, false, true, false)).isFalse();
        assertThat(space.contains(0.3, 0.1, Double.NaN, 0.99, 1, true, true, false, true)).as("phi above 0.98")
                .isFalse();
    }
}
