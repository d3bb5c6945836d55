package org.jesr.desk.agenda;

import java.util.Set;

/**
 * Sessions another feature wants marked for the signed-in user in the agenda, such as those
 * serving a visiting delegation's learning objectives. Implemented by the features that know
 * why, so the agenda depends on none of them.
 */
public interface SessionHighlights {

    Set<Long> highlighted(long reviewId);

    /** The translation key of the badge shown on a highlighted session. */
    String badgeKey();
}
