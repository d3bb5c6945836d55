package org.jesr.desk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.sampledata.SampleDataLoader;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

/** The Overview is each role's start of the day, not the review's settings read back. */
class OverviewViewTest extends KaribuTest {

    @Test
    void an_organizer_sees_what_comes_next_attendance_late_notes_and_what_is_owed_each_linking_to_its_screen() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate("");

        assertThat(lines()).startsWith("glance-next").contains("glance-attendance", "glance-notes-late", "glance-owed");
        assertThat(link("glance-next").getHref()).isEqualTo("now");
        assertThat(link("glance-next").getText()).startsWith("Next: Opening plenary");
        assertThat(link("glance-notes-late").getHref()).isEqualTo("notes-board");
        assertThat(link("glance-owed").getText())
                .matches(
                        "Owed by stakeholders: (nothing|1 item|\\d+ items)(, none overdue|, 1 overdue|, \\d+ overdue)");
        assertThat(link("glance-attendance").getHref()).isEqualTo("today");
        assertThat(link("glance-wrap-up").getText()).startsWith("Wrap-up: ");
        assertThat(link("glance-aide-memoire").getHref()).isEqualTo("aide-memoire");
    }

    @Test
    void a_rapporteur_sees_their_next_session_and_the_notes_they_owe() {
        login("rapporteur", Role.RAPPORTEUR);
        UI.getCurrent().navigate("");

        assertThat(lines()).contains("glance-my-next", "glance-notes-owed").doesNotContain("glance-owed");
        assertThat(link("glance-notes-owed").getHref()).isEqualTo("my-notes");
        assertThat(link("glance-my-next").getText()).startsWith("Your next session: ");
    }

    @Test
    void a_contributor_sees_what_their_organization_owes_and_the_replies_to_their_inputs_in_french() {
        login("contributor", Role.CONTRIBUTOR);
        useLanguage(Locale.FRENCH);
        UI.getCurrent().navigate("");

        assertThat(lines()).contains("glance-owed", "glance-replies").doesNotContain("glance-notes-late");
        assertThat(link("glance-replies").getText()).matches("Réponses à vos contributions écrites : \\d+ sur \\d+");
        // One item is "1 élément", not "1 éléments" (issue 21: correct agreement).
        assertThat(link("glance-owed").getText())
                .matches(
                        "Ce que doit votre organisation : (rien|1 élément|\\d+ éléments)(, aucun en retard|, dont \\d+ en retard)");
    }

    @Test
    @ChangesTheSample
    void an_observer_sees_now_and_next_their_delegations_next_item_and_nothing_of_the_secretariats_work() {
        context.getBean(SampleDataLoader.class).addDelegations();
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate("");

        assertThat(lines())
                .contains("glance-next", "glance-delegation-next")
                .doesNotContain("glance-attendance", "glance-notes-late", "glance-owed", "glance-aide-memoire");
        assertThat(link("glance-delegation-next").getText()).startsWith("Your delegation’s ");
        assertThat(link("glance-delegation-next").getHref()).isEqualTo("delegation");
    }

    private static List<String> lines() {
        return _find(Div.class, spec -> spec.withClasses("glance-line")).stream()
                .map(d -> d.getId().orElse(""))
                .toList();
    }

    private static Anchor link(String id) {
        return _get(_get(Div.class, spec -> spec.withId(id)), Anchor.class);
    }
}
