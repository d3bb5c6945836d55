@NullMarked
package org.jesr.desk.recommendation;

import org.jspecify.annotations.NullMarked;
