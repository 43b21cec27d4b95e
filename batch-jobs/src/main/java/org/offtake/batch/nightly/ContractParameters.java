package org.offtake.batch.nightly;

import org.offtake.batch.OfftakeProperties;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The contract defaults ({@code offtake.contract.*}) and {@code offtake.shares-recent-months} as non-identifying job
 * parameters: a run records the settings it started with, and the steps read them from there, so a restart sizes
 * and splits with those settings whatever the properties say by then.
 */
public final class ContractParameters {

    static final String CANDIDATE_MONTHS = "contract.candidate-months";
    static final String TERM_YEARS = "contract.term-years";
    /** Absent when no share is fixed for all (each manufacturer's observed share is used). */
    static final String SHARE = "contract.share";
    static final String OVER_COST = "contract.over-cost";
    static final String UNDER_COST = "contract.under-cost";
    static final String OPTION_QUANTILE = "contract.option-quantile";
    static final String PACK_SIZE = "contract.pack-size";
    static final String SHARES_RECENT_MONTHS = "shares-recent-months";

    private ContractParameters() {
    }

    /** Adds the contract defaults and the shares' window of {@code settings} to {@code parameters}. */
    public static JobParametersBuilder add(JobParametersBuilder parameters, OfftakeProperties settings) {
        OfftakeProperties.Contract c = settings.contract();
        parameters.addLong(CANDIDATE_MONTHS, (long) c.candidateMonths(), false)
                .addLong(TERM_YEARS, (long) c.termYears(), false)
                .addDouble(OVER_COST, c.overCost(), false)
                .addDouble(UNDER_COST, c.underCost(), false)
                .addDouble(OPTION_QUANTILE, c.optionQuantile(), false)
                .addDouble(PACK_SIZE, c.packSize(), false)
                .addLong(SHARES_RECENT_MONTHS, (long) settings.sharesRecentMonths(), false);
        if (c.share() != null) {
            parameters.addDouble(SHARE, c.share(), false);
        }
        return parameters;
    }

    /**
     * The contract defaults the run started with.
     *
     * @throws IllegalStateException naming the parameter, if the run has none (it was started by a version of the
     *                               job that did not record them)
     */
    static OfftakeProperties.Contract contract(JobParameters parameters) {
        return new OfftakeProperties.Contract((int) (long) require(parameters.getLong(CANDIDATE_MONTHS),
                CANDIDATE_MONTHS), (int) (long) require(parameters.getLong(TERM_YEARS), TERM_YEARS),
                parameters.getDouble(SHARE), require(parameters.getDouble(OVER_COST), OVER_COST),
                require(parameters.getDouble(UNDER_COST), UNDER_COST),
                require(parameters.getDouble(OPTION_QUANTILE), OPTION_QUANTILE),
                require(parameters.getDouble(PACK_SIZE), PACK_SIZE));
    }

    /** Months over which manufacturers' shares are measured, as the run started with. */
    static int sharesRecentMonths(JobParameters parameters) {
        return (int) (long) require(parameters.getLong(SHARES_RECENT_MONTHS), SHARES_RECENT_MONTHS);
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalStateException("the run has no job parameter '" + name + "'; expected every run to "
                    + "record its contract settings (start a new run for the month)");
        }
        return value;
    }
}
