/**
 * What each constituency owes the review (data, reports, presentations) and its written
 * inputs to the aide-memoire, with the secretariat's replies.
 */
@NullMarked
package org.jesr.desk.stakeholder;

import org.jspecify.annotations.NullMarked;
