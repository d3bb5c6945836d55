package org.jesr.desk.preparation.ui;

import com.vaadin.flow.component.Component;
import org.jesr.desk.preparation.Milestone;
import org.jesr.desk.preparation.MilestoneKind;

/** How a milestone is named and where its evidence opens. */
final class MilestoneTexts {

    private MilestoneTexts() {}

    /** The default milestones are named in the reader's language; a custom one by what was typed. */
    static String title(Component context, Milestone m) {
        return m.getKind() == MilestoneKind.CUSTOM
                        || m.getTitle() != null && !m.getTitle().isBlank()
                ? String.valueOf(m.getTitle())
                : context.getTranslation(m.getKind().translationKey());
    }

    /** "document:12" opens the library, "session:5" the session. */
    static String route(String evidenceRef) {
        return evidenceRef.startsWith("session:")
                ? "session/" + evidenceRef.substring("session:".length())
                : "documents";
    }
}
