package org.jesr.desk.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

@ChangesTheSample
class WrapUpViewTest extends KaribuTest {

    @Test
    void the_plenary_rewords_decides_and_finally_locks_the_list() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(WrapUpView.class);
        assertThat(_get(Span.class, spec -> spec.withId("wrap-up-position")).getText())
                .isEqualTo("Recommendation 1 of 42");

        _setValue(
                _get(TextArea.class, spec -> spec.withId("wrap-up-wording")),
                "Reopen or merge non-functional primary schools in the 10 districts with the lowest enrolment.");
        _click(_get(Button.class, spec -> spec.withId("wrap-up-save-wording")));
        _click(_get(Button.class, spec -> spec.withId("decide-agreed")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("wrap-up-text")).getText())
                .contains("10 districts with the lowest");
        assertThat(_get(Span.class, spec -> spec.withId("wrap-up-consensus")).getText())
                .isEqualTo("Agreed");

        // A decision taken on a wrong tap is taken back within ten seconds, with no dialog in the way.
        _click(_get(Button.class, spec -> spec.withId("decide-dropped")));
        assertThat(_get(Span.class, spec -> spec.withId("wrap-up-consensus")).getText())
                .isEqualTo("Dropped");
        assertThat(_get(Span.class, spec -> spec.withId("undo-text")).getText())
                .isEqualTo("Recommendation #1: Dropped.");
        assertThat(_get(Notification.class, spec -> spec.withId("undo-notification"))
                        .getDuration())
                .isEqualTo(10_000);
        _click(_get(Button.class, spec -> spec.withId("undo")));
        assertThat(_get(Span.class, spec -> spec.withId("wrap-up-consensus")).getText())
                .isEqualTo("Agreed");

        _click(_get(Button.class, spec -> spec.withId("close-wrap-up")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(ConfirmDialogKt._getText(confirm)).startsWith("The agreed list is locked");
        _assertNone(Paragraph.class, spec -> spec.withId("wrap-up-closed"));
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(Paragraph.class, spec -> spec.withId("wrap-up-closed")).getText())
                .contains("locked");
        _assertNone(Button.class, spec -> spec.withId("decide-agreed"));
    }

    @Test
    void an_observer_follows_the_wrap_up_without_controls() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate(WrapUpView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("wrap-up-text")).getText())
                .isNotBlank();
        _assertNone(Button.class, spec -> spec.withId("decide-agreed"));
        _assertNone(TextArea.class, spec -> spec.withId("wrap-up-wording"));
    }
}
