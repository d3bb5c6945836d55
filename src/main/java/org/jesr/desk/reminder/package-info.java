/** Reminders: one daily digest per person of what they owe, what is late and what is due. */
@NullMarked
package org.jesr.desk.reminder;

import org.jspecify.annotations.NullMarked;
