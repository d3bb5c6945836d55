@NullMarked
package org.jesr.desk.review.internal;

import org.jspecify.annotations.NullMarked;
