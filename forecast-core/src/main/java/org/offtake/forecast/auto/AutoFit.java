package org.offtake.forecast.auto;

import java.util.List;

import org.offtake.forecast.FittedModel;

/** What {@link AutoForecaster} fitted to a series, and why. */
public interface AutoFit extends FittedModel {

    /** Descriptions of the models combined, for example {@code [ETS(M,A,N), DOTM]}. */
    List<String> members();

    /** Why these models, in words: for example {@code equal-weight mean of ETS(M,A,N) and DOTM}. */
    String reason();

    /** The candidates that failed on this series, with the error, one line each (empty when none did). */
    List<String> failures();
}
