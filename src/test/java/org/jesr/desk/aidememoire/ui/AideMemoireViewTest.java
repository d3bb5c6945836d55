package org.jesr.desk.aidememoire.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.aidememoire.CommentResolution;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

@ChangesTheSample
class AideMemoireViewTest extends KaribuTest {

    @Test
    void an_organizer_drafts_edits_and_opens_the_consultation_and_a_contributor_comments() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(AideMemoireView.class);
        _click(_get(Button.class, spec -> spec.withId("create-aide-memoire")));
        assertThat(_get(Span.class, spec -> spec.withId("aide-memoire-status")).getText())
                .isEqualTo("Draft");
        assertThat(html("section-introduction-p1"))
                .startsWith("The Sindh Joint Education Sector Review 2026 took place");

        _click(_get(Button.class, spec -> spec.withId("section-next-steps-edit")));
        _setValue(
                _get(TextArea.class, spec -> spec.withId("section-text")),
                "<b>Circulate</b> within government.<script>alert(1)</script><img src=x onerror=alert(2)>\n\nPresent to the ministers.");
        _click(_get(Button.class, spec -> spec.withId("section-save")));
        Div section = _get(Div.class, spec -> spec.withId("section-next-steps"));
        String first = _find(section, Div.class, spec -> spec.withClasses("numbered-paragraph"))
                .getFirst()
                .getId()
                .orElseThrow();
        assertThat(html(first)).isEqualTo("<b>Circulate</b> within government.");

        _click(_get(Button.class, spec -> spec.withId("move-to-in_consultation")));
        assertThat(_get(Span.class, spec -> spec.withId("aide-memoire-status")).getText())
                .isEqualTo("In consultation");

        login("contributor", Role.CONTRIBUTOR);
        UI.getCurrent().navigate(AideMemoireView.class);
        _setValue(_get(IntegerField.class, spec -> spec.withId("comment-paragraph")), 2);
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "Name the <i>partners</i> who attended.");
        _click(_get(Button.class, spec -> spec.withId("comment-send")));
        assertThat(_get(Div.class, spec -> spec.withId("comment-list"))
                        .getElement()
                        .getTextRecursively())
                .contains("¶2 · contributor: Name the <i>partners</i> who attended.");

        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(AideMemoireView.class);
        Button answer = _find(Button.class, spec -> spec.withText("Answer")).getFirst();
        _click(answer);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CommentResolution> resolution =
                _get(RadioButtonGroup.class, spec -> spec.withId("answer-resolution"));
        _setValue(resolution, CommentResolution.ACCEPTED);
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-reply")), "Added to paragraph 4.");
        _click(_get(Button.class, spec -> spec.withId("answer-save")));
        assertThat(_get(Div.class, spec -> spec.withId("comment-list"))
                        .getElement()
                        .getTextRecursively())
                .contains("Accepted — Added to paragraph 4.");
    }

    private static String html(String paragraphId) {
        Div paragraph = _get(Div.class, spec -> spec.withId(paragraphId));
        return paragraph
                .getChildren()
                .filter(Div.class::isInstance)
                .findFirst()
                .orElseThrow()
                .getElement()
                .getProperty("innerHTML");
    }
}
