package org.jesr.desk.base;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What one feature puts on the Overview for the signed-in person at the start of their day: the
 * organizer's late notes, the rapporteur's next session, the contributor's obligations (issue 21:
 * the Overview used to read the review's settings back). Features contribute beans, so the
 * Overview, in the review feature, needs none of them. Each checks the person's role itself and
 * returns nothing where the person has nothing to see.
 */
public interface DayGlance {

    /** Position on the page: now and next 10, notes 20, what is owed 30, outcomes 40, exchange 50. */
    int order();

    List<Line> lines(long reviewId, ZoneId zone, Locale locale, Translator t);

    /**
     * One line: what it says, the screen that deals with it, and whether it needs attention now.
     *
     * @param id    a stable id for the line, for tests and for the page's anchors
     * @param route the screen's route, "" for none
     */
    record Line(String id, String text, String route, boolean alert) {}
}
