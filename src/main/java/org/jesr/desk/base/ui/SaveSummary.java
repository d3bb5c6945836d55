package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * One save state for a page of {@link AutosaveField}s: the most urgent of theirs (a conflict,
 * then text not saved yet, then saving, then the latest "saved at"). The page gets the class
 * {@code one-save-state}, which hides the fields' own lines unless a field needs its reader
 * (a conflict or a failure). The work is done in the browser
 * ({@code frontend/components/jesr-save-summary.js}), so it also follows the keystrokes the
 * server has not seen yet.
 */
@Tag("jesr-save-summary")
@JsModule("./components/jesr-save-summary.js")
public class SaveSummary extends Component {

    public static final String PAGE_CLASS = "one-save-state";

    public SaveSummary(String id) {
        setId(id);
        getElement().getClassList().add("save-summary");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }
}
