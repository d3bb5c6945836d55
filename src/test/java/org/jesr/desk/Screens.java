package org.jesr.desk;

import java.util.List;

/** The organizer's main screens, as the layout, accessibility and empty-list checks walk them. */
public final class Screens {

    public static final List<String> ORGANIZER = List.of(
            "",
            "now",
            "agenda",
            "my-agenda",
            "my-notes",
            "today",
            "agenda/edit",
            "notes-board",
            "working-groups",
            "dashboard",
            "indicators",
            "documents",
            "recommendations",
            "obligations",
            "inputs",
            "wrap-up",
            "aide-memoire",
            "follow-up",
            "delegations",
            "self-assessment",
            "organizations",
            "participants",
            "preparation",
            "settings",
            "site-checklist",
            "audit");

    private Screens() {}
}
