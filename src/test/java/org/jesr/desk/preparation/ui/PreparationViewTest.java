package org.jesr.desk.preparation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.preparation.Anchor;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class PreparationViewTest extends KaribuTest {

    @Test
    @ChangesTheSample
    void a_new_secretariat_sets_up_the_terms_of_references_milestones_adds_its_own_and_removes_one() {
        login("organizer", Role.ORGANIZER);
        useLanguage(Locale.FRENCH);
        UI.getCurrent().navigate(PreparationView.class);
        assertThat(summary()).startsWith("Aucun jalon pour l’instant.");

        _click(_get(Button.class, spec -> spec.withId("milestones-set-up")));
        assertThat(cards()).hasSize(8);
        assertThat(_get(Div.class, spec -> spec.withId("milestones"))
                        .getElement()
                        .getTextRecursively())
                .contains(
                        "Termes de référence adoptés",
                        "60 jours avant la revue",
                        "Établi d’après la bibliothèque",
                        "Conférence ministérielle interprovinciale de l’éducation");
        assertThat(summary()).endsWith("jalons faits : 0 sur 8.");

        _click(_get(Button.class, spec -> spec.withId("milestone-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("milestone-title")), "Mission conjointe de suivi");
        @SuppressWarnings("unchecked")
        Select<Anchor> anchor = _get(Select.class, spec -> spec.withId("milestone-anchor"));
        _setValue(anchor, Anchor.AFTER_END);
        _click(_get(Button.class, spec -> spec.withId("milestone-save")));
        assertThat(cards()).hasSize(9);

        Div first = cards().getFirst();
        _click(_get(first, Button.class, spec -> spec.withText("Supprimer")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm))
                .isEqualTo("Supprimer le jalon « Termes de référence adoptés » ?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(cards()).hasSize(8);
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("milestones-summary")).getText();
    }

    private static java.util.List<Div> cards() {
        return _find(
                _get(Div.class, spec -> spec.withId("milestones")),
                Div.class,
                spec -> spec.withClasses("follow-up-row"));
    }
}
