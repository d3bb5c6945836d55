package org.jesr.desk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action that cannot be taken back, and says what it will do. */
public final class Confirm {

    private Confirm() {}

    /**
     * @param titleKey  the question, e.g. "Delete this working group?"
     * @param textKey   what will happen, in plain words
     * @param actionKey the confirming button's label, a verb ("Delete", "Close the wrap-up")
     */
    public static ConfirmDialog ask(
            String titleKey, String textKey, String actionKey, Runnable action, Object... args) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(ui.getTranslation(titleKey, args));
        dialog.setText(ui.getTranslation(textKey, args));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation(actionKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
        return dialog;
    }
}
