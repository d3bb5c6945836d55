@NullMarked
package org.jesr.desk.fieldvisit.ui;

import org.jspecify.annotations.NullMarked;
