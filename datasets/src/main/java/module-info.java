/**
 * Offtake's procurement data: the canonical procurement line, the synthetic national generator, and readers for the
 * CSV and XLSX files real users have. Exports the API packages; the commands of {@code datasets.jar}
 * ({@code org.offtake.datasets.cli}) are not exported.
 */
module org.offtake.datasets {
    requires univocity.parsers;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires commons.math3;
    requires java.xml;

    exports org.offtake.datasets;
    exports org.offtake.datasets.generate;
    exports org.offtake.datasets.read;
}
