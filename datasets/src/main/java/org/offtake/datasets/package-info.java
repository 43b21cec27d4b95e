/**
 * Procurement data: the synthetic national procurement generator and readers for the files real users have. Filled
 * in by the datasets issue; the module exists so that the build has its final shape.
 */
package org.offtake.datasets;
