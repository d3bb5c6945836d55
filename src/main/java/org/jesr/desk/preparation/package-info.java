/** The preparation timeline: milestones before and after the meeting days, and how ready the review is. */
@NullMarked
package org.jesr.desk.preparation;

import org.jspecify.annotations.NullMarked;
