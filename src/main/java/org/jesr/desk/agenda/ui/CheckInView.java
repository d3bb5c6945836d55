package org.jesr.desk.agenda.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jesr.desk.agenda.AttendanceService;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.ui.Notifications;

/** Where a session's QR code leads: the signed-in participant is checked in. */
@Route("checkin")
@PermitAll
class CheckInView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AttendanceService attendance;

    CheckInView(AttendanceService attendance) {
        this.attendance = attendance;
        addClassName("page");
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

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.title");
    }
}
