@NullMarked
package org.jesr.desk.participant;

import org.jspecify.annotations.NullMarked;
