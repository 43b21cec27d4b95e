package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {

    @TempDir
    Path dir;

    private Path file() throws IOException {
        StringBuilder text = new StringBuilder(Fixtures.CANONICAL_HEADER).append('\n');
        for (int i = 1; i <= 40; i++) {
            int id = i % 7 == 0 ? i - 5 : i;  // rows 7, 14, ... repeat the id of rows 2, 9, ...
            String quantity = i % 11 == 0 ? "0" : Integer.toString(i);
            text.append(id).append(",2023-01-02,123456789012,М,I-1,Т,,KZ-KAR,К,").append(quantity)
                    .append(",шт.,1,").append(quantity).append(",false,tender\n");
        }
        return Fixtures.write(dir, "restart.csv", text.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void resume_afterAnyNumberOfRows_givesExactlyTheRestAndTheSameSummary() throws IOException {
        Path file = file();
        List<ReadResult> all = Fixtures.readAll(file, ReadOptions.defaults());
        ReadSummary full = Fixtures.summaryOf(file, ReadOptions.defaults());
        assertThat(full.rejected(RejectReason.DUPLICATE_RECORD_ID)).isEqualTo(5);
        assertThat(full.rejected(RejectReason.NON_POSITIVE_QUANTITY)).isEqualTo(3);

        for (int done = 0; done <= all.size(); done += 3) {
            ReadOptions resumed = ReadOptions.builder().resumeAfter(done).build();
            try (ProcurementSource source = ProcurementSource.open(file, resumed)) {
                assertThat(source.rowsRead()).isEqualTo(done);
                List<ReadResult> rest = new java.util.ArrayList<>();
                for (ReadResult r = source.next(); r != null; r = source.next()) {
                    rest.add(r);
                }
                assertThat(rest).as("resumed after %d rows", done).isEqualTo(all.subList(done, all.size()));
                assertThat(source.summary()).isEqualTo(full);
            }
        }
    }

    @Test
    void resume_afterMoreRowsThanTheFileHas_isAClearError() throws IOException {
        Path file = file();

        assertThatThrownBy(() -> ProcurementSource.open(file, ReadOptions.builder().resumeAfter(41).build()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("restart.csv")
                .hasMessageContaining("cannot resume after 41 data rows: the file has 40");
    }
}
