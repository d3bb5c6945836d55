@NullMarked
package org.jesr.desk.fieldvisit;

import org.jspecify.annotations.NullMarked;
