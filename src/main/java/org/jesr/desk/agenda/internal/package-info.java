@NullMarked
package org.jesr.desk.agenda.internal;

import org.jspecify.annotations.NullMarked;
