@NullMarked
package org.jesr.desk.agenda;

import org.jspecify.annotations.NullMarked;
