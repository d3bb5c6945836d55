package org.jesr.desk.agenda;

import java.util.Optional;

/**
 * A page of another feature that belongs to a session, such as a working group's notes or a field
 * visit's checklist, linked from the session's own page for those who record it. Implemented by
 * the features that own those pages, so the agenda knows none of their routes.
 */
public interface SessionLinks {

    /** The link for this session, or empty when the feature has no page for it. */
    Optional<SessionLink> linkFor(AgendaSession session);

    /**
     * @param id the anchor's stable id (tests and the accessibility walk find it by this)
     * @param href the route relative to the app's root, e.g. {@code notes/12}
     * @param labelKey the translation key of the link's text
     */
    record SessionLink(String id, String href, String labelKey) {}
}
