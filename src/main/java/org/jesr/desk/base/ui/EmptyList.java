package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;

/**
 * What an empty list says instead of a blank table: that nothing matches the filters, or what fills
 * the list and which button does it, named as the button is labelled.
 */
public final class EmptyList {

    private EmptyList() {}

    /**
     * @param key        the explanation, with the buttons' labels as {0}, {1}...
     * @param buttonKeys the translation keys of those buttons' labels
     */
    public static String say(Component context, boolean filtered, String key, String... buttonKeys) {
        if (filtered) {
            return context.getTranslation("list.no-match");
        }
        return context.getTranslation(
                key, Arrays.stream(buttonKeys).map(context::getTranslation).toArray());
    }
}
