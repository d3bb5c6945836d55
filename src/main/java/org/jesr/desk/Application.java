package org.jesr.desk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * JESR Desk runs a Joint Education Sector Review on its meeting days.
 * Vaadin 25 ships no default theme, so Lumo is declared here for the whole app. Push
 * (WebSocket) carries live agenda changes to every open screen without a reload.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // Without an icon link, browsers ask for /favicon.ico and log a 404 on every page.
        settings.addFavIcon("icon", "icons/icon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
