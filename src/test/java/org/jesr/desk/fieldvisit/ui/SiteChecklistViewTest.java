package org.jesr.desk.fieldvisit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.fieldvisit.ChecklistService;
import org.jesr.desk.fieldvisit.QuestionType;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class SiteChecklistViewTest extends KaribuTest {

    @Test
    @ChangesTheSample
    void an_organizer_adds_a_choice_question_in_both_languages_and_the_next_site_asks_it() {
        login("organizer", Role.ORGANIZER);
        useLanguage(Locale.FRENCH);
        UI.getCurrent().navigate(SiteChecklistView.class);
        assertThat(_get(Span.class, spec -> spec.withId("checklist-revision")).getText())
                .isEqualTo("Version 1 : le modèle par défaut");
        assertThat(questions().getGenericDataView().getItems().count()).isEqualTo(6);

        _click(_get(Button.class, spec -> spec.withId("add-question")));
        _setValue(_get(TextField.class, spec -> spec.withId("question-label-en")), "State of the classrooms");
        _setValue(_get(TextField.class, spec -> spec.withId("question-label-fr")), "État des salles de classe");
        @SuppressWarnings("unchecked")
        Select<QuestionType> type = _get(Select.class, spec -> spec.withId("question-type"));
        _setValue(type, QuestionType.CHOICE);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-choices")), "Good | Bon\nPoor | Mauvais");
        assertThat(_get(TextField.class, spec -> spec.withId("question-code")).getValue())
                .isEqualTo("state-of-the-classrooms");
        _click(_get(Button.class, spec -> spec.withId("question-save")));

        // Removing asks first and says what becomes of answers already given.
        GridKt._clickItem(questions(), 4);
        _click(_get(Button.class, spec -> spec.withId("question-remove")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Retirer « Manuels disponibles » ?");
        ConfirmDialogKt._fireConfirm(confirm);

        _click(_get(Button.class, spec -> spec.withId("save-checklist")));
        assertThat(_get(Span.class, spec -> spec.withId("checklist-revision")).getText())
                .isEqualTo("Version 2");
        var review = context.getBean(ReviewService.class).current().orElseThrow();
        var saved = context.getBean(ChecklistService.class).current(review.id());
        assertThat(saved.questions())
                .extracting(q -> q.code())
                .doesNotContain("textbooks")
                .contains("state-of-the-classrooms");

        long thatta = sessionTitled("Field visit: schools in Thatta District");
        UI.getCurrent().navigate(FieldVisitView.class, thatta);
        // Sites recorded before keep the default template's question; a new site asks the new one.
        assertThat(_find(Select.class, spec -> spec.withLabel("Manuels disponibles")))
                .hasSize(2);
        _click(_get(Button.class, spec -> spec.withId("add-site")));
        assertThat(_find(Select.class, spec -> spec.withLabel("État des salles de classe")))
                .hasSize(1);
        assertThat(_find(Select.class, spec -> spec.withLabel("Manuels disponibles")))
                .hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> questions() {
        return ((CardList<Object>) _get(CardList.class, spec -> spec.withId("checklist-questions"))).grid();
    }
}
