package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.exchange.DebriefService;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.Feedback;
import org.jspecify.annotations.Nullable;

/** Takeaways and feedback to the host: kept by the delegation until it shares them. */
class FeedbackPanel extends Div {

    FeedbackPanel(DebriefService debriefs, Delegation delegation) {
        Feedback current = debriefs.feedback(delegation.id()).orElse(null);
        TextArea workedWell =
                area("feedback-worked-well", "feedback.worked-well", current == null ? null : current.getWorkedWell());
        TextArea suggestions =
                area("feedback-suggestions", "feedback.suggestions", current == null ? null : current.getSuggestions());
        TextArea takeHome =
                area("feedback-take-home", "feedback.take-home", current == null ? null : current.getTakeHome());
        Span state = new Span(
                getTranslation(current != null && current.isShared() ? "feedback.shared" : "feedback.not-shared"));
        state.setId("feedback-state");
        state.addClassName("meta");
        Button save = new Button(
                getTranslation("action.save"),
                e -> save(debriefs, delegation, workedWell, suggestions, takeHome, false, state));
        save.setId("feedback-save");
        Button share = new Button(
                getTranslation("feedback.share"),
                e -> save(debriefs, delegation, workedWell, suggestions, takeHome, true, state));
        share.setId("feedback-share");
        add(workedWell, suggestions, takeHome, new Div(state, save, share));
    }

    private TextArea area(String id, String label, @Nullable String value) {
        TextArea area = new TextArea(getTranslation(label));
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(Feedback.TEXT_MAX);
        area.setValue(value == null ? "" : value);
        return area;
    }

    private void save(
            DebriefService debriefs,
            Delegation delegation,
            TextArea workedWell,
            TextArea suggestions,
            TextArea takeHome,
            boolean share,
            Span state) {
        Actions.run(this, () -> {
            Feedback saved = debriefs.saveFeedback(
                    delegation.id(), workedWell.getValue(), suggestions.getValue(), takeHome.getValue(), share);
            state.setText(getTranslation(saved.isShared() ? "feedback.shared" : "feedback.not-shared"));
        });
    }
}
