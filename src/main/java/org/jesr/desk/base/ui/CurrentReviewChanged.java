package org.jesr.desk.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on a UI when the current review was created, renamed or switched, so its shell shows the new name. */
public class CurrentReviewChanged extends ComponentEvent<UI> {

    private final String name;

    public CurrentReviewChanged(UI ui, String name) {
        super(ui, false);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
