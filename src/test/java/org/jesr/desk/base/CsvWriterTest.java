package org.jesr.desk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jesr.desk.base.csv.CsvWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cells_that_start_like_a_formula_are_made_text() {
        assertThat(CsvWriter.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.neutralise("+92 300")).isEqualTo("'+92 300");
        assertThat(CsvWriter.neutralise("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.neutralise("Sana Memon")).isEqualTo("Sana Memon");
        assertThat(CsvWriter.neutralise("")).isEmpty();
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_so_spreadsheets_read_utf8() {
        String csv = CsvWriter.write(List.of("name"), List.of(List.of("Chérif")));

        assertThat(csv).startsWith("\uFEFFname").contains("Chérif");
    }
}
