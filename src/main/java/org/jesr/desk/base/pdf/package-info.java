@NullMarked
package org.jesr.desk.base.pdf;

import org.jspecify.annotations.NullMarked;
