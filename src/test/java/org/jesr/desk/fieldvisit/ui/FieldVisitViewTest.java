package org.jesr.desk.fieldvisit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.jesr.desk.ChangesTheSample;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class FieldVisitViewTest extends KaribuTest {

    @Test
    @ChangesTheSample
    void the_visit_page_sums_up_its_sites_and_lists_where_they_are_in_the_reader_s_language() {
        login("organizer", Role.ORGANIZER);
        useLanguage(Locale.FRENCH);
        long thatta = sessionTitled("Field visit: schools in Thatta District");

        UI.getCurrent().navigate(FieldVisitView.class, thatta);

        assertThat(_get(UnorderedList.class, spec -> spec.withId("visit-report-figures"))
                        .getElement()
                        .getTextRecursively())
                .contains("Latrines séparées pour les filles : 0 sur 1");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("visit-report-sites"))
                        .getElement()
                        .getTextRecursively())
                .contains("Government Girls Primary School Makli (Thatta, École)");

        // A site the team adds below changes the sums at once.
        _click(_get(Button.class, spec -> spec.withId("add-site")));
        _setValue(
                _find(TextField.class, spec -> spec.withLabel("Nom du site")).getLast(),
                "École primaire de Keti Bandar");
        _setValue(_find(TextField.class, spec -> spec.withLabel("District")).getLast(), "Thatta");
        _setValue(
                _find(NumberField.class, spec -> spec.withLabel("Latitude (facultatif)"))
                        .getLast(),
                24.14);
        _setValue(
                _find(NumberField.class, spec -> spec.withLabel("Longitude (facultatif)"))
                        .getLast(),
                67.45);
        _click(_find(Button.class, spec -> spec.withText("Enregistrer")).getLast());

        assertThat(_get(Paragraph.class, spec -> spec.withId("visit-report-summary"))
                        .getText())
                .startsWith("3 sites visités, dont 2 écoles.");
        // Only sites with a position go on the map; the list names them all.
        assertThat(_get(SiteMap.class).getElement().getProperty("sites"))
                .contains("École primaire de Keti Bandar")
                .doesNotContain("Makli");
    }
}
