package org.jesr.desk.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.Map;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.exchange.Delegation;
import org.jesr.desk.exchange.SideMeetingRequest;
import org.jesr.desk.exchange.SideMeetingService;
import org.jesr.desk.participant.Organization;

/** The delegation's side-meeting requests, where each stands, and a form to ask for another. */
class SideMeetingsPanel extends Div {

    private final SideMeetingService sideMeetings;
    private final long reviewId;
    private final Map<Long, Organization> organizations;
    private final Div list = new Div();

    SideMeetingsPanel(
            SideMeetingService sideMeetings,
            Delegation delegation,
            long reviewId,
            Map<Long, Organization> organizations) {
        this.sideMeetings = sideMeetings;
        this.reviewId = reviewId;
        this.organizations = organizations;
        list.setId("side-meeting-list");
        ComboBox<Organization> with = new ComboBox<>(getTranslation("side-meeting.with"));
        with.setId("side-meeting-with");
        with.setItems(organizations.values().stream()
                .sorted(Comparator.comparing(Organization::getName))
                .toList());
        with.setItemLabelGenerator(Organization::getName);
        TextField topic = new TextField(getTranslation("side-meeting.topic"));
        topic.setId("side-meeting-topic");
        topic.setMaxLength(500);
        TextField times = new TextField(getTranslation("side-meeting.times"));
        times.setId("side-meeting-times");
        times.setMaxLength(300);
        Button ask = new Button(getTranslation("side-meeting.ask"), e -> {
            SideMeetingRequest request = new SideMeetingRequest();
            request.setDelegationId(delegation.id());
            request.setWithOrganizationId(
                    with.getValue() == null ? null : with.getValue().getId());
            request.setTopic(topic.getValue().strip());
            request.setPreferredTimes(
                    times.getValue().isBlank() ? null : times.getValue().strip());
            Actions.run(this, () -> {
                sideMeetings.request(request);
                topic.clear();
                times.clear();
                refresh();
            });
        });
        ask.setId("side-meeting-ask");
        add(list, new Div(with, topic, times, ask));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (SideMeetingRequest r : sideMeetings.requests(reviewId)) {
            list.add(SideMeetingLine.of(this, r, organizations));
        }
    }

    /** One request as a line of text; shared with the organizers' view. */
    static final class SideMeetingLine {
        private SideMeetingLine() {}

        static Div of(Component owner, SideMeetingRequest r, Map<Long, Organization> organizations) {
            Organization with = r.getWithOrganizationId() == null ? null : organizations.get(r.getWithOrganizationId());
            Div row = new Div(
                    new Paragraph((with == null ? "" : with.getName() + " — ") + r.getTopic()),
                    new Paragraph(owner.getTranslation(r.getStatus().translationKey())
                            + (r.getPreferredTimes() == null ? "" : " · " + r.getPreferredTimes())
                            + (r.getDeclineReason() == null ? "" : " · " + r.getDeclineReason())));
            row.addClassName("finding");
            row.setId("side-meeting-" + r.getId());
            return row;
        }
    }
}
