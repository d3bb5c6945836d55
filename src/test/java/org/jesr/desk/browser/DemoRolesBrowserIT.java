package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class DemoRolesBrowserIT extends BrowserTest {

    @ParameterizedTest(name = "{0} signs in and sees its own menu")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "admin       | Overview, Now & next, Agenda, My agenda, Today (live control), Agenda editor, My notes, Notes board, Working groups, Dashboard, Indicators, Documents, What is owed, Written inputs, Recommendations, Wrap-up, Aide-memoire, Follow-up of recommendations, Delegations, JSR self-assessment, Organizations, Participants, Reviews over the years, Preparation timeline, Review settings, Site checklist, Audit log, Users and roles, Backup and restore | Administrator",
                "organizer   | Overview, Now & next, Agenda, My agenda, Today (live control), Agenda editor, My notes, Notes board, Working groups, Dashboard, Indicators, Documents, What is owed, Written inputs, Recommendations, Wrap-up, Aide-memoire, Follow-up of recommendations, Delegations, JSR self-assessment, Organizations, Participants, Reviews over the years, Preparation timeline, Review settings, Site checklist, Audit log | Organizer",
                "rapporteur  | Overview, Now & next, Agenda, My agenda, My notes, Working groups, Dashboard, Indicators, Documents, Recommendations, Wrap-up, Follow-up of recommendations, Organizations, Participants | Rapporteur",
                "contributor | Overview, Now & next, Agenda, My agenda, Working groups, Dashboard, Indicators, Documents, What is owed, Written inputs, Recommendations, Wrap-up, Aide-memoire, Follow-up of recommendations, Organizations, Participants | Contributor",
                "observer    | Vue d’ensemble, En ce moment, Programme, Mon programme, Groupes de travail, Tableau de bord, Indicateurs, Documents, Recommandations, Séance de synthèse, Suivi des recommandations, Ma délégation, Auto-évaluation de la RSC, Organisations | Observateur"
            })
    void each_demo_role_signs_in_and_sees_its_own_menu_without_errors(String user, String menu, String role) {
        signIn(user, user);

        assertThat(menu()).containsExactlyElementsOf(List.of(menu.split(",\\s*")));
        assertThat(text("current-roles")).isEqualTo(role);
        assertThat(text("review-name")).isEqualTo("Sindh Joint Education Sector Review 2026");
        assertThat(driver.findElements(By.id("error-notification"))).isEmpty();
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void a_menu_entry_opens_its_view_in_the_same_page_and_is_marked_current() {
        signIn("observer", "observer");
        js("window.jesrSamePage = true;");

        driver.findElement(By.cssSelector("#main-nav vaadin-side-nav-item[path='agenda']"))
                .click();

        wait.until(ExpectedConditions.urlMatches(".*/agenda$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agenda-list .session-card")));
        waitForVaadin();
        assertThat(js("return window.jesrSamePage === true;"))
                .as("followed without reloading the page")
                .isEqualTo(true);
        wait.until(d -> Boolean.TRUE.equals(
                js("return document.querySelector(\"#main-nav vaadin-side-nav-item[path='agenda']\").current;")));
        assertThat(js("return document.querySelector(\"#main-nav vaadin-side-nav-item[path='']\").current;"))
                .isEqualTo(false);
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void a_session_on_the_agenda_is_a_link_that_opens_its_page_in_place_and_from_the_keyboard() {
        signIn("observer", "observer");
        navigateTo(app.url("agenda"));
        WebElement card =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agenda-list a.session-card")));
        String title = card.findElement(By.cssSelector(".title")).getText();
        waitForVaadin();
        js("window.jesrSamePage = true;");

        card.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/session/\\d+$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-title"), title));
        assertThat(js("return window.jesrSamePage === true;"))
                .as("followed without reloading the page")
                .isEqualTo(true);
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void an_observer_is_refused_at_an_organizers_route() {
        signIn("observer", "observer");

        driver.get(app.url("participants"));
        waitForVaadin();

        assertThat(driver.findElements(By.id("participant-grid"))).isEmpty();
        driver.get(app.url("settings"));
        waitForVaadin();
        assertThat(driver.findElements(By.id("save-review"))).isEmpty();
    }

    @Test
    void a_wrong_password_shows_the_translated_error_on_the_login_form() {
        driver.get(app.url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-form input[name='username']")))
                .sendKeys("contributor");
        driver.findElement(By.cssSelector("#login-form input[name='password']")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("#login-form vaadin-button")).click();

        wait.until(ExpectedConditions.urlContains("error"));
        waitForVaadin();
        assertThat(driver.findElement(By.id("login-form")).getText()).contains("Could not sign in");
    }
}
