package org.jesr.desk.aidememoire;

import org.jesr.desk.mail.MessageState;
import org.jspecify.annotations.Nullable;

/** A recipient with where their e-mail stands; no state when e-mail was not configured. */
public record RecipientState(
        CirculationRecipient recipient, @Nullable MessageState message) {}
