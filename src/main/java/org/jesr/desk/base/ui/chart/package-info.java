@NullMarked
package org.jesr.desk.base.ui.chart;

import org.jspecify.annotations.NullMarked;
