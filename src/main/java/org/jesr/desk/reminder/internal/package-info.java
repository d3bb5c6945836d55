@NullMarked
package org.jesr.desk.reminder.internal;

import org.jspecify.annotations.NullMarked;
