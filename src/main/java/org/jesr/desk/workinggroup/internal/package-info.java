@NullMarked
package org.jesr.desk.workinggroup.internal;

import org.jspecify.annotations.NullMarked;
