package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.router.RouteConfiguration;
import java.util.Optional;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every session that has a rapporteur has notes; the session page links to them first. */
@Component
@Order(1)
class NotesLink implements SessionLinks {

    @Override
    public Optional<SessionLink> linkFor(AgendaSession session) {
        return session.getType().needsRapporteur()
                ? Optional.of(new SessionLink(
                        "open-notes",
                        RouteConfiguration.forApplicationScope().getUrl(NotesView.class, session.id()),
                        "agenda.open-notes"))
                : Optional.empty();
    }
}
