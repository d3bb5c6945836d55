@NullMarked
package org.jesr.desk.evidence.ui;

import org.jspecify.annotations.NullMarked;
