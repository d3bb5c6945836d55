package org.jesr.desk.agenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class SessionViewTest extends KaribuTest {

    @Test
    void a_session_links_to_the_pages_other_features_keep_for_it_without_the_agenda_knowing_their_routes() {
        login("rapporteur", Role.RAPPORTEUR);
        AgendaSession group = first(SessionType.WORKING_GROUP);
        AgendaSession visit = first(SessionType.FIELD_VISIT);

        UI.getCurrent().navigate(SessionView.class, group.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("open-notes")).getHref())
                .isEqualTo("notes/" + group.id());
        _assertNone(Anchor.class, spec -> spec.withId("open-visit"));

        UI.getCurrent().navigate(SessionView.class, visit.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("open-notes")).getHref())
                .isEqualTo("notes/" + visit.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("open-visit")).getHref())
                .isEqualTo("field-visit/" + visit.id());
    }

    @Test
    void an_observer_is_shown_no_link_to_notes_or_visits() {
        login("observer", Role.OBSERVER);
        UI.getCurrent()
                .navigate(SessionView.class, first(SessionType.WORKING_GROUP).id());

        _assertNone(Anchor.class, spec -> spec.withId("open-notes"));
        _assertNone(Anchor.class, spec -> spec.withId("open-visit"));
    }

    private AgendaSession first(SessionType type) {
        var review = context.getBean(ReviewService.class).current().orElseThrow();
        return context
                .getBean(AgendaService.class)
                .sessions(review.id(), review.zone(), AgendaFilter.day(null))
                .stream()
                .filter(s -> s.getType() == type)
                .findFirst()
                .orElseThrow();
    }
}
