package org.jesr.desk.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A screen of the app: its main landmark, the page's margins, and a title from a translation key,
 * which the browser tab shows and a screen reader announces on arrival, in the reader's language.
 */
public abstract class Page extends Main implements HasDynamicTitle {

    private final String titleKey;

    protected Page(String titleKey) {
        this.titleKey = titleKey;
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
