package org.jesr.desk.fieldvisit.ui;

import com.vaadin.flow.router.RouteConfiguration;
import java.util.Optional;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionLinks;
import org.jesr.desk.agenda.SessionType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A field visit's session links to the visit's sites, checklist and team. */
@Component
@Order(2)
class VisitLink implements SessionLinks {

    @Override
    public Optional<SessionLink> linkFor(AgendaSession session) {
        return session.getType() == SessionType.FIELD_VISIT
                ? Optional.of(new SessionLink(
                        "open-visit",
                        RouteConfiguration.forApplicationScope().getUrl(FieldVisitView.class, session.id()),
                        "agenda.open-visit"))
                : Optional.empty();
    }
}
