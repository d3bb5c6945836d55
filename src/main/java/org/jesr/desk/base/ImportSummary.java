package org.jesr.desk.base;

/**
 * What an all-or-nothing import stored, in the user's terms (indicators, not file rows): how many
 * things it added and how many that were already there it updated.
 */
public record ImportSummary(int added, int updated) {

    public static ImportSummary added(int added) {
        return new ImportSummary(added, 0);
    }
}
