@NullMarked
package org.jesr.desk.participant.internal;

import org.jspecify.annotations.NullMarked;
