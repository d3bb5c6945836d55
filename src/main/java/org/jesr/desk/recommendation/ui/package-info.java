@NullMarked
package org.jesr.desk.recommendation.ui;

import org.jspecify.annotations.NullMarked;
