@NullMarked
package org.jesr.desk.agenda.pdf;

import org.jspecify.annotations.NullMarked;
