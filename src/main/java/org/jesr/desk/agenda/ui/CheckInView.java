package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.Page;

/** Where a session's QR code leads: the signed-in participant is checked in. */
@Route("checkin")
@PermitAll
class CheckInView extends Page implements HasUrlParameter<Long> {

    private final AttendanceService attendance;

    CheckInView(AttendanceService attendance) {
        super("attendance.title");
        this.attendance = attendance;
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        removeAll();
        Paragraph result = new Paragraph();
        result.setId("checkin-result");
        try {
            attendance.selfCheckIn(sessionId);
            result.setText(getTranslation("attendance.checked-in"));
        } catch (TranslatedException e) {
            result.setText(Notifications.describe(this, e));
        }
        add(result);
    }
}
