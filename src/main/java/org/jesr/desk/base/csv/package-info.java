@NullMarked
package org.jesr.desk.base.csv;

import org.jspecify.annotations.NullMarked;
