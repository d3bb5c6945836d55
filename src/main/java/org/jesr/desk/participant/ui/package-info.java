@NullMarked
package org.jesr.desk.participant.ui;

import org.jspecify.annotations.NullMarked;
