package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jesr.desk.base.Formats;
import org.jesr.desk.recommendation.Accountable;
import org.jesr.desk.recommendation.ProgressUpdate;
import org.jesr.desk.recommendation.Recommendation;

/** One agreed recommendation in the accountability register: who, by when, where it stands, its history. */
class FollowUpRow extends Div {

    record Actions(Runnable assign, Runnable update) {}

    FollowUpRow(
            Accountable a,
            Map<Long, String> organizationNames,
            ZoneId zone,
            boolean mayAssign,
            boolean mayUpdate,
            Actions actions,
            Supplier<List<ProgressUpdate>> history) {
        Recommendation r = a.recommendation();
        addClassName("follow-up-row");
        setId("follow-up-row-" + r.getId());
        Div meta = new Div();
        meta.addClassName("counts");
        meta.add(badge(getTranslation(
                "accountability.responsible-is",
                r.getResponsibleOrgId() == null
                        ? r.getResponsibleBody()
                        : organizationNames.getOrDefault(r.getResponsibleOrgId(), r.getResponsibleBody()))));
        if (!r.getSupporterIds().isEmpty()) {
            meta.add(badge(getTranslation(
                    "accountability.supporting-are",
                    r.getSupporterIds().stream()
                            .map(id -> organizationNames.getOrDefault(id, "?"))
                            .collect(Collectors.joining(", ")))));
        }
        if (r.getDueDate() != null) {
            meta.add(badge(getTranslation("accountability.due-on", Formats.date(r.getDueDate(), getLocale()))));
        }
        Span status = badge(getTranslation(a.status().translationKey()));
        status.setId("follow-up-status-" + r.getId());
        meta.add(status);
        if (a.overdue()) {
            Span overdue = badge(getTranslation("accountability.overdue"));
            overdue.addClassName("count-badge-alert");
            overdue.setId("follow-up-overdue-" + r.getId());
            meta.add(overdue);
        }
        add(new Div(r.getOrderNo() + ". " + r.getText() + " — " + r.getResponsibleBody()), meta);
        a.latestUpdate()
                .ifPresent(u -> add(new Div(getTranslation(
                        "accountability.latest",
                        Formats.dateTime(u.getEnteredAt(), zone, getLocale()),
                        u.getEnteredBy(),
                        u.getText()))));
        Div buttons = new Div();
        buttons.addClassName("toolbar");
        if (mayAssign) {
            Button assign = new Button(
                    getTranslation("accountability.assign"),
                    e -> actions.assign().run());
            assign.setId("follow-up-assign-" + r.getId());
            buttons.add(assign);
        }
        if (mayUpdate) {
            Button update = new Button(
                    getTranslation("accountability.add-update"),
                    e -> actions.update().run());
            update.setId("follow-up-update-" + r.getId());
            buttons.add(update);
        }
        UnorderedList entries = new UnorderedList();
        Details past = new Details(getTranslation("accountability.history"), entries);
        past.setId("follow-up-history-" + r.getId());
        past.addOpenedChangeListener(e -> {
            entries.removeAll();
            List<ProgressUpdate> all = history.get();
            if (all.isEmpty()) {
                entries.add(new ListItem(getTranslation("accountability.history-none")));
            }
            all.forEach(u -> entries.add(new ListItem(getTranslation(
                            "accountability.history-entry",
                            Formats.dateTime(u.getEnteredAt(), zone, getLocale()),
                            getTranslation(u.getStatus().translationKey()),
                            u.getText(),
                            u.getEnteredBy())
                    + (u.getDropReason() == null
                            ? ""
                            : " " + getTranslation("accountability.drop-reason-is", u.getDropReason())))));
        });
        add(buttons, past);
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("count-badge");
        return badge;
    }
}
