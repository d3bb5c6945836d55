package org.jesr.desk.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.DatabaseSnapshots;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.Screens;
import org.jesr.desk.TestData;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: "every empty list says what fills it". A new secretariat starts from an empty
 * instance with one review: every list on every organizer screen that shows nothing says so, in
 * both languages, instead of an empty box.
 */
class EmptyListsTest extends KaribuTest {

    @Test
    @ChangesTheSample
    void on_a_new_review_every_empty_list_says_what_fills_it_in_english_and_french() {
        DatabaseSnapshots.empty(context.getBean(DataSource.class), context.getBean(Flyway.class));
        login("organizer", Role.ORGANIZER);
        context.getBean(ReviewService.class).save(TestData.review("First JSR", 2027));

        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            useLanguage(language);
            List<String> silent = new ArrayList<>();
            int emptyLists = 0;
            for (String page : Screens.ORGANIZER) {
                UI.getCurrent().navigate(page);
                for (Grid<?> grid : _find(Grid.class)) {
                    if (GridKt._size(grid) == 0) {
                        emptyLists++;
                        String text = grid.getEmptyStateText();
                        if (text == null || text.isBlank()) {
                            silent.add("/" + page + " " + grid.getId().orElse("(no id)"));
                        }
                    }
                }
            }
            assertThat(emptyLists).as("empty lists found (%s)", language).isGreaterThan(5);
            assertThat(silent).as("empty lists that say nothing (%s)", language).isEmpty();
        }
    }
}
