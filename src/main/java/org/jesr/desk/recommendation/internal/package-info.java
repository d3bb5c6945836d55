@NullMarked
package org.jesr.desk.recommendation.internal;

import org.jspecify.annotations.NullMarked;
