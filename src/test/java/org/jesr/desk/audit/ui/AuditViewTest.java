package org.jesr.desk.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditEntry;
import org.jesr.desk.audit.AuditFeature;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_organizer_filters_the_log_by_part_of_the_review_and_by_words() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        int everything = GridKt._size(grid);
        assertThat(everything).as("the sample review's own changes are logged").isPositive();

        @SuppressWarnings("unchecked")
        Select<AuditFeature> feature = _get(Select.class, spec -> spec.withId("audit-feature"));
        _setValue(feature, AuditFeature.NOTES);
        int notes = GridKt._size(grid);
        assertThat(notes).isPositive().isLessThan(everything);
        for (int row = 0; row < Math.min(notes, 20); row++) {
            assertThat(cards().card(GridKt._get(grid, row)).meta()).endsWith(" · Notes");
        }

        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), "no change ever said this");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    @ChangesTheSample
    void markup_saved_in_a_detail_reads_as_plain_words() {
        login("organizer", Role.ORGANIZER);
        // The log is written only inside the change it records.
        transactions.executeWithoutResult(status -> audit.record(
                AuditAction.SESSION_STATUS, null, "announcement", "Conference moved to <b>18 February 2027</b>"));
        UI.getCurrent().navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));

        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), "Conference moved");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(cards().card(GridKt._get(grid, 0)).body()).isEqualTo("Conference moved to 18 February 2027");
    }

    @Test
    @ChangesTheSample
    void states_and_parts_logged_as_codes_read_as_words_in_the_readers_language() {
        login("organizer", Role.ORGANIZER);
        transactions.executeWithoutResult(status -> {
            audit.record(AuditAction.STATUS_CHANGED, null, "Marker version", "DRAFT → IN_CONSULTATION");
            audit.record(AuditAction.NOTES_SAVED, null, "Working group: Access & Equity", "FINDINGS: SELD agrees");
        });
        UI.getCurrent().navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));

        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), "Marker version");
        assertThat(cards().card(GridKt._get(grid, 0)).body()).isEqualTo("Draft → In consultation");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), "SELD agrees");
        assertThat(cards().card(GridKt._get(grid, 0)).body())
                .as("an acronym is not a code")
                .isEqualTo("Further observations: SELD agrees");

        useLanguage(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> french = _get(Grid.class, spec -> spec.withId("audit-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("audit-text")), "Marker version");
        assertThat(cards().card(GridKt._get(french, 0)).body())
                .doesNotContain("IN_CONSULTATION")
                .doesNotContain("In consultation");
    }

    @SuppressWarnings("unchecked")
    private static CardList<AuditEntry> cards() {
        return _get(CardList.class, spec -> spec.withId("audit-grid"));
    }
}
