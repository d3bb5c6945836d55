package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LanguageBrowserIT extends BrowserTest {

    @Test
    void a_user_switches_to_french_and_the_next_sign_in_opens_in_french() {
        createAccount("language-test", "tamarind grove evening", "Contributor");
        signIn("language-test", "tamarind grove evening");
        assertThat(menu()).startsWith("Overview");

        chooseLanguage("fr");
        wait.until(d -> firstMenuEntry().equals("Vue d’ensemble"));
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
                        "Engagements dus",
                        "Contributions écrites",
                        "Recommandations",
                        "Séance de synthèse",
                        "Aide-mémoire",
                        "Suivi des recommandations",
                        "Organisations",
                        "Participants");
        assertThat(text("current-roles")).isEqualTo("Contributeur");

        driver.manage().deleteAllCookies();
        signIn("language-test", "tamarind grove evening");
        assertThat(menu()).startsWith("Vue d’ensemble");
    }

    @Test
    void dates_follow_the_users_language() {
        signIn("observer", "observer");
        navigateTo(app.url(""));
        waitForVaadin();

        assertThat(text("overview")).contains("déc. 2026").contains("Karachi (UTC+05:00)");
    }

    @Test
    void the_sign_in_page_can_be_switched_to_french_before_signing_in() {
        driver.get(app.url("login"));
        waitForVaadin();
        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.id("login-language")));
        select.click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                        .filter(e -> e.getText().trim().equals("français"))
                        .findFirst()
                        .orElse(null))
                .click();

        wait.until(d -> textNow("login-form").contains("Mot de passe"));
        assertThat(textNow("login-form")).contains("Se connecter");
    }
}
