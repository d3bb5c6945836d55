package org.jesr.desk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The app's other languages, each a button named in its own language ("Français" on an English
 * page, "English" on a French one), as bilingual government sites offer them.
 *
 * <p>It was a drop-down of both languages: a select, its list box and an item per language, each
 * state the server keeps for every open tab. With two languages one tap is also one tap fewer.
 */
class LanguageSwitch extends Div {

    LanguageSwitch(List<Locale> languages, Locale current, Consumer<Locale> choose) {
        setId("language-switch");
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("nav.language"));
        for (Locale language : languages) {
            if (language.getLanguage().equals(current.getLanguage())) {
                continue;
            }
            String name = language.getDisplayLanguage(language);
            Button button = new Button(
                    name.substring(0, 1).toUpperCase(language) + name.substring(1), e -> choose.accept(language));
            button.setId("language-" + language.getLanguage());
            // Read out in its own language by screen readers.
            button.getElement().setAttribute("lang", language.getLanguage());
            button.addThemeVariants(ButtonVariant.TERTIARY);
            add(button);
        }
    }
}
