package org.jesr.desk.participant;

import org.jspecify.annotations.Nullable;

/** Someone a message goes to: a participant (with their language and whether they can sign in) or an address. */
public record Recipient(@Nullable Long participantId, String name, String email, String language, boolean hasAccount) {}
