package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import org.jesr.desk.aidememoire.CirculationService;
import org.jesr.desk.aidememoire.RecipientState;
import org.jesr.desk.base.Formats;
import org.jesr.desk.mail.MessageState;

/** Who a circulation went to and where each e-mail stands: queued, sent, failing and why. */
class RecipientsList extends Details {

    RecipientsList(CirculationService circulation, long circulationId, ZoneId zone) {
        List<RecipientState> states = circulation.recipients(circulationId);
        setId("circulation-recipients-" + circulationId);
        long sent = states.stream()
                .filter(s -> s.message() != null && s.message().status() == MessageState.Status.SENT)
                .count();
        setSummaryText(getTranslation("am-circulation.recipients-summary", states.size(), sent));
        UnorderedList list = new UnorderedList();
        for (RecipientState s : states) {
            list.add(new ListItem(s.recipient().getName() + " <" + s.recipient().getEmail() + "> — " + state(s, zone)));
        }
        add(list);
    }

    private String state(RecipientState s, ZoneId zone) {
        MessageState m = s.message();
        String state = m == null
                ? getTranslation("mail.status.not-configured")
                : getTranslation(
                        m.status().translationKey(),
                        m.sentAt() == null ? "" : Formats.dateTime(m.sentAt(), zone, getLocale()),
                        m.error() == null ? "" : m.error(),
                        m.attempts());
        if (s.recipient().getOpenedAt() != null) {
            state += " · "
                    + getTranslation(
                            "am-circulation.opened",
                            Formats.dateTime(s.recipient().getOpenedAt(), zone, getLocale()));
        }
        return state;
    }
}
