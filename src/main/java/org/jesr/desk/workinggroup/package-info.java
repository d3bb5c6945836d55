@NullMarked
package org.jesr.desk.workinggroup;

import org.jspecify.annotations.NullMarked;
