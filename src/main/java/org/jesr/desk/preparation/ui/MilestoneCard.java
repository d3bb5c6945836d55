package org.jesr.desk.preparation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.jesr.desk.base.Formats;
import org.jesr.desk.preparation.Milestone;
import org.jesr.desk.preparation.MilestoneKind;
import org.jesr.desk.preparation.MilestoneProgress;
import org.jesr.desk.preparation.Readiness;

/** One milestone: what, who owns it, when it is due and where it stands. */
class MilestoneCard extends Div {

    record Actions(Runnable edit, Runnable done, Runnable reopen, Runnable delete) {}

    MilestoneCard(MilestoneProgress p, Map<Long, String> organizations, Map<String, String> evidence, Actions actions) {
        Milestone m = p.milestone();
        addClassName("follow-up-row");
        setId("milestone-" + m.getId());
        Div meta = new Div();
        meta.addClassName("counts");
        meta.add(badge(getTranslation(
                "milestone.due",
                Formats.date(p.due(), getLocale()),
                getTranslation(m.getAnchor().translationKey(), m.getOffsetDays()))));
        if (m.getOwnerOrgId() != null) {
            meta.add(badge(getTranslation("milestone.owner-is", organizations.getOrDefault(m.getOwnerOrgId(), "?"))));
        }
        Span readiness = badge(getTranslation(
                p.readiness().translationKey(),
                p.days(),
                p.doneOn() == null ? "" : Formats.date(p.doneOn(), getLocale())));
        readiness.setId("milestone-readiness-" + m.getId());
        if (p.readiness() == Readiness.LATE || p.readiness() == Readiness.DONE_LATE) {
            readiness.addClassName("count-badge-alert");
        }
        meta.add(readiness);
        add(new Div(MilestoneTexts.title(this, m)), meta);
        if (p.workedOut()) {
            add(new Div(getTranslation(p.doneOn() == null ? "milestone.worked-out-waiting" : "milestone.worked-out")));
        }
        if (p.evidenceRef() != null) {
            Anchor link = new Anchor(
                    MilestoneTexts.route(p.evidenceRef()), evidence.getOrDefault(p.evidenceRef(), p.evidenceRef()));
            link.setId("milestone-evidence-" + m.getId());
            add(new Div(new Span(getTranslation("milestone.evidence") + " "), link));
        }
        Div buttons = new Div();
        buttons.addClassName("toolbar");
        Button edit =
                new Button(getTranslation("milestone.edit"), e -> actions.edit().run());
        edit.setId("milestone-edit-" + m.getId());
        buttons.add(edit);
        if (m.getKind() != MilestoneKind.PROGRESS_REPORT_SHARED) {
            boolean done = p.doneOn() != null;
            Button toggle = new Button(
                    getTranslation(done ? "milestone.reopen" : "milestone.mark-done"),
                    e -> (done ? actions.reopen() : actions.done()).run());
            toggle.setId("milestone-done-" + m.getId());
            buttons.add(toggle);
        }
        Button delete = new Button(
                getTranslation("action.delete"), e -> actions.delete().run());
        delete.setId("milestone-delete-" + m.getId());
        buttons.add(delete);
        add(buttons);
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("count-badge");
        return badge;
    }
}
