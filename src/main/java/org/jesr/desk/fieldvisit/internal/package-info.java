@NullMarked
package org.jesr.desk.fieldvisit.internal;

import org.jspecify.annotations.NullMarked;
