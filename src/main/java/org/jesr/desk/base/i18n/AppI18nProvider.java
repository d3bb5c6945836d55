package org.jesr.desk.base.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.base.Language;
import org.springframework.stereotype.Component;

/**
 * English and French from vaadin-i18n/translations*.properties. Declared explicitly so
 * English is the first language offered: with only the French file suffixed, Vaadin's
 * automatic provider would open English browsers in French.
 */
@Component
public class AppI18nProvider extends DefaultI18NProvider {

    public static final List<Locale> LOCALES = Language.locales();

    public AppI18nProvider() {
        super(LOCALES);
    }
}
