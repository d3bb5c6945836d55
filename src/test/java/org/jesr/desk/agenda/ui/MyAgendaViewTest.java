package org.jesr.desk.agenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyAgendaViewTest extends KaribuTest {

    @Autowired
    AgendaService agenda;

    @Autowired
    ReviewService reviews;

    @Test
    void my_agenda_has_a_heading_for_each_of_my_days_in_order() {
        login("rapporteur", Role.RAPPORTEUR);
        UI.getCurrent().navigate(MyAgendaView.class);

        ZoneId zone = reviews.current().orElseThrow().zone();
        List<LocalDate> myDays = agenda
                .mySessions(reviews.current().orElseThrow().getId())
                .stream()
                .map(s -> s.getStart().atZone(zone).toLocalDate())
                .distinct()
                .sorted()
                .toList();
        List<String> headings = _find(H3.class, spec -> spec.withClasses("day-heading")).stream()
                .map(h -> h.getId().orElseThrow())
                .toList();

        assertThat(myDays).hasSizeGreaterThan(1);
        assertThat(headings)
                .containsExactlyElementsOf(
                        myDays.stream().map(d -> "my-day-" + d).toList());
        LocalDate first = myDays.getFirst();
        assertThat(_find(H3.class, spec -> spec.withClasses("day-heading"))
                        .getFirst()
                        .getText())
                .contains(String.valueOf(first.getDayOfMonth()))
                .contains(String.valueOf(first.getYear()))
                .containsIgnoringCase(first.getDayOfWeek().toString());
    }
}
