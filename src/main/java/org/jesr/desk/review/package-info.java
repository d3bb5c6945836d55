@NullMarked
package org.jesr.desk.review;

import org.jspecify.annotations.NullMarked;
