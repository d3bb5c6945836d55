package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.Attendance;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.agenda.AttendanceStats;
import org.jesr.desk.agenda.SessionPerson;
import org.jesr.desk.base.QrCodes;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.PublicUrls;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;

/** Check-in with one tap per expected person, walk-ins, the self check-in code and the counts. */
class AttendancePanel extends Div {

    private final AgendaSession session;
    private final AttendanceService attendance;
    private final Map<Long, ParticipantRef> everyone;
    private final Div people = new Div();
    private final Span counts = new Span();

    AttendancePanel(
            AgendaSession session,
            Review review,
            AttendanceService attendance,
            ParticipantService participants,
            PublicUrls urls) {
        this.session = session;
        this.attendance = attendance;
        this.everyone = participants.refs(review.id()).stream().collect(Collectors.toMap(ParticipantRef::id, r -> r));
        setId("attendance");
        people.setId("attendance-people");
        people.addClassName("toolbar");
        counts.setId("attendance-counts");

        ComboBox<ParticipantRef> walkIn = new ComboBox<>(getTranslation("attendance.walk-in"));
        walkIn.setId("walk-in");
        walkIn.setItems(everyone.values().stream()
                .sorted(Comparator.comparing(ParticipantRef::name))
                .toList());
        walkIn.setItemLabelGenerator(r -> r.name() + " (" + r.organization() + ")");
        walkIn.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                record(() -> attendance.checkIn(session.id(), e.getValue().id(), Attendance.Method.WALK_IN));
                walkIn.clear();
            }
        });
        String checkInUrl = urls.absolute("checkin/" + session.getId());
        Html qr = new Html("<div>" + QrCodes.svg(checkInUrl, 180) + "</div>");
        qr.setId("checkin-qr");
        add(
                new H3(getTranslation("attendance.title")),
                counts,
                people,
                walkIn,
                new Span(getTranslation("attendance.qr-help")),
                qr);
        redraw();
    }

    private void redraw() {
        Set<Long> present = attendance.present(session.id());
        people.removeAll();
        List<Long> expected = session.getPeople().stream()
                .map(SessionPerson::participantId)
                .distinct()
                .toList();
        LinkedHashSet<Long> shown = new LinkedHashSet<>(expected);
        shown.addAll(present);
        for (Long id : shown) {
            ParticipantRef ref = everyone.get(id);
            if (ref == null) {
                continue;
            }
            boolean here = present.contains(id);
            Button tap = new Button((here ? "✓ " : "") + ref.name());
            tap.setId("checkin-" + id);
            if (here) {
                tap.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            }
            tap.addClickListener(e -> record(
                    here
                            ? () -> attendance.undoCheckIn(session.id(), id)
                            : () -> attendance.checkIn(session.id(), id, Attendance.Method.ORGANIZER)));
            people.add(tap);
        }
        AttendanceStats stats = attendance.forSession(session.id());
        counts.setText(AttendanceText.describe(this, "attendance.count", stats));
    }

    private void record(Runnable action) {
        Actions.run(this, () -> {
            action.run();
            redraw();
        });
    }
}
