package org.jesr.desk.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.ItemDetail;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.dialog.RecommendationDialog;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class RegisterViewTest extends KaribuTest {

    @Test
    void a_recommendation_reads_in_full_on_its_card_and_a_tap_opens_it_with_its_actions() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(RegisterView.class);
        Recommendation first = GridKt._get(grid(), 0);
        CardList.Card card = cards().card(first);
        assertThat(card.body()).as("the whole text, not cut").isEqualTo(first.getText());
        assertThat(card.meta()).contains(first.getResponsibleBody());
        assertThat(card.status()).isNotBlank();

        GridKt._clickItem(grid(), 0);
        ItemDetail detail = _get(ItemDetail.class, spec -> spec.withId("recommendation-detail"));
        assertThat(detail.getHeaderTitle()).isEqualTo("#" + first.getOrderNo());
        _click(_get(Button.class, spec -> spec.withId("recommendation-edit")));
        _assertNone(ItemDetail.class);
        _get(RecommendationDialog.class);
    }

    @Test
    void an_observer_opens_a_recommendation_to_read_it_but_has_nothing_to_change() {
        login("observer", Role.OBSERVER);
        useLanguage(Locale.FRENCH);
        UI.getCurrent().navigate(RegisterView.class);
        GridKt._clickItem(grid(), 0);
        _get(ItemDetail.class, spec -> spec.withId("recommendation-detail"));
        _assertNone(Button.class, spec -> spec.withId("recommendation-edit"));
        assertThat(_get(Button.class, spec -> spec.withId("recommendation-detail-close"))
                        .getText())
                .isEqualTo("Fermer");
    }

    @Test
    @ChangesTheSample
    void merging_asks_first_and_changes_nothing_until_confirmed() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(RegisterView.class);
        int before = GridKt._size(grid());
        Recommendation keep = GridKt._get(grid(), 0);
        grid().select(keep);
        grid().select(GridKt._get(grid(), 1));
        _click(_get(Button.class, spec -> spec.withId("merge-recommendations")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Merge 2 recommendations?");
        assertThat(ConfirmDialogKt._getText(confirm)).startsWith("#" + keep.getOrderNo() + " is kept");
        assertThat(GridKt._size(grid())).isEqualTo(before);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._size(grid())).isEqualTo(before - 1);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Recommendation> grid() {
        return _get(Grid.class, spec -> spec.withId("recommendation-grid"));
    }

    @SuppressWarnings("unchecked")
    private static CardList<Recommendation> cards() {
        return _get(CardList.class, spec -> spec.withId("recommendation-grid"));
    }
}
