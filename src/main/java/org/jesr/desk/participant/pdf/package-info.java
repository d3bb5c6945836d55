@NullMarked
package org.jesr.desk.participant.pdf;

import org.jspecify.annotations.NullMarked;
