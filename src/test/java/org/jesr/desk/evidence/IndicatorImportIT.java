package org.jesr.desk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.base.csv.CsvImportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IndicatorImportIT extends IntegrationTest {

    private static final String HEADER = "code,name,unit,theme,direction,source,year,kind,breakdown,value\n";

    @Autowired
    IndicatorService indicators;

    long reviewId;

    @BeforeEach
    void sampleReview() {
        reviewId = sampleReviewAsOrganizer();
    }

    @Test
    void the_sample_indicators_have_statuses_by_theme() {
        assertThat(indicators.list(reviewId)).hasSize(25);
        var byTheme = indicators.statusByTheme(reviewId);

        assertThat(byTheme.get("Access & Equity")).containsEntry(IndicatorStatus.OFF_TRACK, 3L)
                .containsEntry(IndicatorStatus.ON_TRACK, 4L).containsEntry(IndicatorStatus.NO_DATA, 1L);
        assertThat(byTheme.get("Early Childhood & Non-formal Education")).containsEntry(IndicatorStatus.NO_DATA, 1L);
    }

    @Test
    void a_bad_number_names_its_row_and_column_and_nothing_is_stored() {
        assertThatThrownBy(() -> importing(HEADER
                + "T1,Test indicator,%,,HIGHER_IS_BETTER,,2025,TARGET,total,60\n"
                + "T1,Test indicator,%,,HIGHER_IS_BETTER,,2025,ACTUAL,total,sixty\n"))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("value");
                    assertThat(e.key()).isEqualTo("indicator.error.number");
                });
        assertThat(indicators.list(reviewId)).hasSize(25);
    }

    @Test
    void an_unknown_year_and_a_duplicate_code_get_clear_messages() {
        assertThatThrownBy(() -> importing(HEADER + "T1,Test,%,,,,20x5,ACTUAL,total,1\n"))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.column()).isEqualTo("year");
                    assertThat(e.key()).isEqualTo("indicator.error.year");
                });
        assertThatThrownBy(() -> importing(HEADER + "A1,Another name for A1,%,,,,2025,ACTUAL,total,1\n"))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo("code");
                    assertThat(e.key()).isEqualTo("indicator.error.duplicate-code");
                });
        assertThatThrownBy(() -> importing(HEADER + "T1,Test,%,,,,2025,ACTUAL,total,1\nT1,Test,%,,,,2025,ACTUAL,total,2\n"))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.key()).isEqualTo("indicator.error.duplicate-figure"));
    }

    @Test
    void a_valid_file_adds_its_indicators_with_gender_breakdowns() {
        assertThat(importing(HEADER
                + "T1,Girls' completion rate,%,Access & Equity,higher is better,Census,2025,TARGET,total,70\n"
                + "T1,Girls' completion rate,%,Access & Equity,higher is better,Census,2025,ACTUAL,total,\"68,5\"\n"
                + "T1,Girls' completion rate,%,Access & Equity,higher is better,Census,2025,ACTUAL,girls,64\n")).isEqualTo(1);

        Indicator added = indicators.list(reviewId).stream().filter(i -> i.getCode().equals("T1")).findFirst().orElseThrow();
        assertThat(added.value(2025, ValueKind.ACTUAL, IndicatorValue.TOTAL)).contains(68.5);
        assertThat(added.value(2025, ValueKind.ACTUAL, "girls")).contains(64.0);
        assertThat(indicators.status(added)).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    private int importing(String csv) {
        return indicators.importCsv(reviewId, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
