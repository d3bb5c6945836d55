/**
 * Cross-country exchange: visiting delegations observe the host's review, debrief daily,
 * meet the people they choose, give the host feedback and leave with an improvement plan.
 */
@NullMarked
package org.jesr.desk.exchange;

import org.jspecify.annotations.NullMarked;
