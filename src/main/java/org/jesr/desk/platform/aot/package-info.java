@NullMarked
package org.jesr.desk.platform.aot;

import org.jspecify.annotations.NullMarked;
