package org.jesr.desk.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.jesr.desk.security.PasswordRules;
import org.jspecify.annotations.Nullable;

/** A new password typed twice, with the rule said up front; the service checks it again. */
class PasswordFields extends Composite<FormLayout> {

    private final PasswordField password = new PasswordField(getTranslation("user.new-password"));
    private final PasswordField repeat = new PasswordField(getTranslation("user.repeat-password"));

    PasswordFields() {
        password.setId("new-password");
        password.setHelperText(getTranslation("user.password-help", PasswordRules.MIN_LENGTH));
        password.setMaxLength(200);
        repeat.setId("repeat-password");
        repeat.setMaxLength(200);
        getContent().add(password, repeat);
    }

    /** The new password, or null after marking what is wrong. */
    @Nullable
    String valueIfValid() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (password.getValue().length() < PasswordRules.MIN_LENGTH) {
            password.setErrorMessage(getTranslation("user.error.password-too-short", PasswordRules.MIN_LENGTH));
            password.setInvalid(true);
            return null;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("user.error.passwords-differ"));
            repeat.setInvalid(true);
            return null;
        }
        return password.getValue();
    }
}
