@NullMarked
package org.jesr.desk.review.ui;

import org.jspecify.annotations.NullMarked;
