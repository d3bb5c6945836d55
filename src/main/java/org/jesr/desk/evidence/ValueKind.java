package org.jesr.desk.evidence;

/** What a yearly figure of an indicator is. */
public enum ValueKind {
    BASELINE,
    TARGET,
    ACTUAL
}
