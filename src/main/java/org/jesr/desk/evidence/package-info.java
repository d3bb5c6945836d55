@NullMarked
package org.jesr.desk.evidence;

import org.jspecify.annotations.NullMarked;
