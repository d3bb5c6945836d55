package org.jesr.desk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditFilter;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.csv.CsvImportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IndicatorImportIT extends IntegrationTest {

    private static final String HEADER = "code,name,unit,theme,direction,source,year,kind,breakdown,value\n";

    @Autowired
    IndicatorService indicators;

    @Autowired
    ThemeService themes;

    @Autowired
    AuditLog audit;

    long reviewId;

    @BeforeEach
    void sampleReview() {
        reviewId = sampleReviewAsOrganizer();
    }

    @Test
    void the_sample_indicators_have_statuses_by_theme() {
        assertThat(indicators.list(reviewId)).hasSize(25);
        var byTheme = indicators.statusByTheme(reviewId);

        assertThat(byTheme.get("Access & Equity"))
                .containsEntry(IndicatorStatus.OFF_TRACK, 3L)
                .containsEntry(IndicatorStatus.ON_TRACK, 4L)
                .containsEntry(IndicatorStatus.NO_DATA, 1L);
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
    void an_unknown_year_and_a_figure_given_twice_get_clear_messages() {
        assertThatThrownBy(() -> importing(HEADER + "T1,Test,%,,,,20x5,ACTUAL,total,1\n"))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.column()).isEqualTo("year");
                    assertThat(e.key()).isEqualTo("indicator.error.year");
                });
        assertThatThrownBy(() ->
                        importing(HEADER + "T1,Test,%,,,,2025,ACTUAL,total,1\nT1,Test,%,,,,2025,ACTUAL,total,2\n"))
                .isInstanceOfSatisfying(
                        CsvImportException.class,
                        e -> assertThat(e.key()).isEqualTo("indicator.error.duplicate-figure"));
    }

    @Test
    void a_valid_file_adds_its_indicators_with_gender_breakdowns() {
        assertThat(importing(HEADER
                        + "T1,Girls' completion rate,%,Access & Equity,higher is better,Census,2025,TARGET,total,70\n"
                        + "T1,Girls' completion rate,%,Access & Equity,higher is better,Census,2025,ACTUAL,total,\"68,5\"\n"
                        + "T1,Girls' completion rate,%,Access & Equity,higher is better,Census,2025,ACTUAL,girls,64\n"))
                .isEqualTo(ImportSummary.added(1));

        Indicator added = indicators.list(reviewId).stream()
                .filter(i -> i.getCode().equals("T1"))
                .findFirst()
                .orElseThrow();
        assertThat(added.value(2025, ValueKind.ACTUAL, IndicatorValue.TOTAL)).contains(68.5);
        assertThat(added.value(2025, ValueKind.ACTUAL, "girls")).contains(64.0);
        assertThat(indicators.status(added)).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void reimporting_an_indicator_updates_the_figures_it_names_keeps_the_others_and_is_audited() {
        Indicator before = indicators.findByCode(reviewId, "A1").orElseThrow();
        int figures = before.getValues().size();
        double target2024 =
                before.value(2024, ValueKind.TARGET, IndicatorValue.TOTAL).orElseThrow();

        ImportSummary summary = importing(HEADER
                + "A1,\"Net enrolment rate, primary\",%,Access & Equity,HIGHER_IS_BETTER,HIES / PSLM,2025,ACTUAL,total,71\n"
                + "N9,New indicator,%,Early Learning,HIGHER_IS_BETTER,,2025,ACTUAL,total,12\n");

        assertThat(summary).isEqualTo(new ImportSummary(1, 1));
        Indicator after = indicators.findByCode(reviewId, "A1").orElseThrow();
        assertThat(after.value(2025, ValueKind.ACTUAL, IndicatorValue.TOTAL)).contains(71.0);
        assertThat(after.value(2024, ValueKind.TARGET, IndicatorValue.TOTAL)).contains(target2024);
        assertThat(after.getValues()).hasSizeBetween(figures, figures + 1);
        assertThat(indicators.list(reviewId)).hasSize(26);
        assertThat(audit.find(AuditFilter.everything(), 0, 5)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.INDICATORS_IMPORTED);
            assertThat(e.getDetail()).isEqualTo("1 + 1");
        });
    }

    @Test
    void the_themes_an_indicator_file_names_become_themes_to_choose_from() {
        importing(HEADER + "N9,New indicator,%,Early Learning,HIGHER_IS_BETTER,,2025,ACTUAL,total,12\n");

        assertThat(themes.choices(reviewId))
                .extracting(org.jesr.desk.agenda.Theme::getName)
                .contains("Early Learning");
    }

    private ImportSummary importing(String csv) {
        return indicators.importCsv(reviewId, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
