package org.jesr.desk.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NavigationTest extends KaribuTest {

    @Test
    void an_organizer_sees_the_secretariats_menu_but_not_user_administration() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate("");

        assertThat(menu())
                .containsExactly(
                        "Overview",
                        "Now & next",
                        "Agenda",
                        "My agenda",
                        "Today (live control)",
                        "Agenda editor",
                        "My notes",
                        "Notes board",
                        "Working groups",
                        "Dashboard",
                        "Indicators",
                        "Documents",
                        "What is owed",
                        "Written inputs",
                        "Recommendations",
                        "Wrap-up",
                        "Aide-memoire",
                        "Follow-up of recommendations",
                        "Delegations",
                        "JSR self-assessment",
                        "Organizations",
                        "Participants",
                        "Reviews over the years",
                        "Preparation timeline",
                        "Review settings",
                        "Site checklist",
                        "Audit log");
        assertThat(_get(Span.class, spec -> spec.withId("review-name")).getText())
                .isEqualTo("Sindh Joint Education Sector Review 2026");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
                .isEqualTo("Sana Memon");
        assertThat(_get(Span.class, spec -> spec.withId("current-roles")).getText())
                .isEqualTo("Organizer");
    }

    @Test
    void the_menu_is_grouped_by_the_days_jobs_and_a_role_sees_only_its_groups() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate("");
        assertThat(groups())
                .containsExactly(
                        "The day", "Working groups and notes", "Evidence", "Outcomes", "Exchange", "Administration");

        login("rapporteur", Role.RAPPORTEUR);
        UI.getCurrent().navigate("");
        assertThat(groups())
                .containsExactly("The day", "Working groups and notes", "Evidence", "Outcomes", "Administration");
    }

    private static List<String> groups() {
        String markup = _get(Component.class, spec -> spec.withId("main-nav"))
                .getElement()
                .getProperty("innerHTML");
        return Jsoup.parseBodyFragment(markup)
                .select("vaadin-side-nav > span[slot=label]")
                .eachText();
    }

    @Test
    void an_admin_also_manages_users() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("");

        assertThat(menu())
                .containsExactly(
                        "Overview",
                        "Now & next",
                        "Agenda",
                        "My agenda",
                        "Today (live control)",
                        "Agenda editor",
                        "My notes",
                        "Notes board",
                        "Working groups",
                        "Dashboard",
                        "Indicators",
                        "Documents",
                        "What is owed",
                        "Written inputs",
                        "Recommendations",
                        "Wrap-up",
                        "Aide-memoire",
                        "Follow-up of recommendations",
                        "Delegations",
                        "JSR self-assessment",
                        "Organizations",
                        "Participants",
                        "Reviews over the years",
                        "Preparation timeline",
                        "Review settings",
                        "Site checklist",
                        "Audit log",
                        "Users and roles",
                        "Backup and restore");
    }

    @Test
    void an_observer_only_follows_the_review() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate("");

        assertThat(menu())
                .containsExactly(
                        "Overview",
                        "Now & next",
                        "Agenda",
                        "My agenda",
                        "Working groups",
                        "Dashboard",
                        "Indicators",
                        "Documents",
                        "Recommendations",
                        "Wrap-up",
                        "Follow-up of recommendations",
                        "My delegation",
                        "JSR self-assessment",
                        "Organizations");
    }

    @Test
    void a_rapporteur_and_a_contributor_see_the_participant_list_but_not_the_settings() {
        login("rapporteur", Role.RAPPORTEUR);
        UI.getCurrent().navigate("");

        assertThat(menu())
                .containsExactly(
                        "Overview",
                        "Now & next",
                        "Agenda",
                        "My agenda",
                        "My notes",
                        "Working groups",
                        "Dashboard",
                        "Indicators",
                        "Documents",
                        "Recommendations",
                        "Wrap-up",
                        "Follow-up of recommendations",
                        "Organizations",
                        "Participants");
    }

    @Test
    void the_french_interface_is_in_french() {
        login("observer", Role.OBSERVER);
        useLanguage(Locale.FRENCH);
        UI.getCurrent().navigate("");

        assertThat(menu())
                .containsExactly(
                        "Vue d’ensemble",
                        "En ce moment",
                        "Programme",
                        "Mon programme",
                        "Groupes de travail",
                        "Tableau de bord",
                        "Indicateurs",
                        "Documents",
                        "Recommandations",
                        "Séance de synthèse",
                        "Suivi des recommandations",
                        "Ma délégation",
                        "Auto-évaluation de la RSC",
                        "Organisations");
        assertThat(_get(Span.class, spec -> spec.withId("current-roles")).getText())
                .isEqualTo("Observateur");
        assertThat(_get(Button.class, spec -> spec.withId("language-en")).getText())
                .isEqualTo("English");
        _assertNone(Button.class, spec -> spec.withId("language-fr"));
    }

    @Test
    void the_language_switch_offers_the_other_language_named_in_itself() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate("");
        Button french = _get(Button.class, spec -> spec.withId("language-fr"));
        assertThat(french.getText()).isEqualTo("Français");
        assertThat(french.getElement().getAttribute("lang")).isEqualTo("fr");
        _assertNone(Button.class, spec -> spec.withId("language-en"));
    }

    @Test
    void menu_entries_link_to_their_views_with_their_icons() {
        login("observer", Role.OBSERVER);
        UI.getCurrent().navigate("");

        Element agenda = items().stream()
                .filter(item -> item.text().equals("Agenda"))
                .findFirst()
                .orElseThrow();
        assertThat(agenda.attr("path")).isEqualTo("agenda");
        assertThat(agenda.selectFirst("vaadin-icon[slot=prefix]").attr("icon")).isEqualTo("vaadin:calendar");
        assertThat(items().getFirst().attr("path")).isEmpty();
    }

    /** The menu as the browser gets it: one element's markup (see MainMenu). */
    private static List<Element> items() {
        String markup = _get(Component.class, spec -> spec.withId("main-nav"))
                .getElement()
                .getProperty("innerHTML");
        return Jsoup.parseBodyFragment(markup).select("vaadin-side-nav-item");
    }

    private static List<String> menu() {
        return items().stream().map(Element::text).toList();
    }

    @Test
    void the_demo_warns_on_every_page_while_its_known_passwords_exist() {
        login("organizer", org.jesr.desk.security.Role.ORGANIZER);
        UI.getCurrent().navigate("agenda");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                                com.vaadin.flow.component.html.Span.class, spec -> spec.withId("demo-warning"))
                        .getText())
                .contains("known passwords");
    }
}
