package org.jesr.desk.exchange;

/** The answer to a debrief autosave: stored, or refused with the newer text to merge with. */
public record DebriefSave(boolean saved, long version, String serverText, String otherAuthor) {}
