@NullMarked
package org.jesr.desk;

import org.jspecify.annotations.NullMarked;
