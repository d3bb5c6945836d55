package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.AutosaveField;
import org.jesr.desk.exchange.Debrief;
import org.jesr.desk.exchange.DebriefSave;
import org.jesr.desk.exchange.DebriefService;
import org.jesr.desk.exchange.Delegation;

/**
 * One day's debrief, with the same no-loss autosave as rapporteurs' notes. Private to the
 * delegation and the secretariat until the delegation shares it.
 */
class DebriefPanel extends Div {

    private final DebriefService debriefs;
    private final Delegation delegation;
    private final Div fields = new Div();

    DebriefPanel(DebriefService debriefs, Delegation delegation, List<LocalDate> days) {
        this.debriefs = debriefs;
        this.delegation = delegation;
        Select<LocalDate> day = new Select<>();
        day.setId("debrief-day");
        day.setLabel(getTranslation("debrief.day"));
        day.setItems(days);
        day.setItemLabelGenerator(d -> Formats.weekdayDate(d, getLocale()));
        day.addValueChangeListener(e -> show(e.getValue()));
        add(day, fields);
        if (!days.isEmpty()) {
            day.setValue(days.getFirst());
        }
    }

    private void show(LocalDate day) {
        fields.removeAll();
        Debrief current = debriefs.debrief(delegation.id(), day).orElse(null);
        long version = current == null ? -1 : current.getVersion();
        for (Debrief.Field field : Debrief.Field.values()) {
            String id = "debrief-" + field.name().toLowerCase(Locale.ROOT);
            fields.add(new AutosaveField(
                    id,
                    getTranslation(field.translationKey()),
                    "jesr-debrief-" + delegation.getId() + "-" + day + "-" + field.name(),
                    current == null ? "" : current.text(field),
                    version,
                    Debrief.TEXT_MAX,
                    true,
                    (text, base) -> result(debriefs.save(delegation.id(), day, field, text, base))));
        }
        Span state =
                new Span(getTranslation(current != null && current.isShared() ? "debrief.shared" : "debrief.private"));
        state.setId("debrief-sharing");
        state.addClassName("meta");
        Button share = new Button(getTranslation("debrief.share"), e -> {
            Actions.run(this, () -> {
                debriefs.share(delegation.id(), day);
                show(day);
            });
        });
        share.setId("debrief-share");
        share.setEnabled(current == null || !current.isShared());
        fields.add(new Div(state, share));
    }

    private static AutosaveField.Result result(DebriefSave save) {
        return new AutosaveField.Result(save.saved(), save.version(), save.serverText(), save.otherAuthor());
    }
}
