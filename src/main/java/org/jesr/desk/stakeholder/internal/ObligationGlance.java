package org.jesr.desk.stakeholder.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.base.DayGlance;
import org.jesr.desk.base.Translator;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jesr.desk.stakeholder.InputService;
import org.jesr.desk.stakeholder.Obligation;
import org.jesr.desk.stakeholder.ObligationService;
import org.jesr.desk.stakeholder.StakeholderInput;
import org.springframework.stereotype.Component;

/** The Overview's stakeholder lines: what is owed and overdue, and the replies a contributor has had. */
@Component
class ObligationGlance implements DayGlance {

    private final ObligationService obligations;
    private final InputService inputs;

    ObligationGlance(ObligationService obligations, InputService inputs) {
        this.obligations = obligations;
        this.inputs = inputs;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Line> lines(long reviewId, ZoneId zone, Locale locale, Translator t) {
        boolean organizer = CurrentUser.hasRole(AppRoles.ORGANIZER);
        if (!organizer && !CurrentUser.hasRole(AppRoles.CONTRIBUTOR)) {
            return List.of();
        }
        LocalDate today = obligations.today(reviewId);
        List<Obligation> visible = obligations.visible(reviewId);
        long owed = visible.stream().filter(o -> o.getStatus().owed()).count();
        long overdue = visible.stream().filter(o -> o.overdue(today)).count();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(
                "owed",
                t.t(organizer ? "glance.owed-organizer" : "glance.owed", owed, overdue),
                "obligations",
                overdue > 0));
        if (!organizer) {
            List<StakeholderInput> mine = inputs.mine(reviewId);
            long replied = mine.stream().filter(i -> i.getReply() != null).count();
            lines.add(new Line("replies", t.t("glance.replies", replied, mine.size()), "inputs", false));
        }
        return lines;
    }
}
