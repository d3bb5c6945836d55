@NullMarked
package org.jesr.desk.sampledata;

import org.jspecify.annotations.NullMarked;
