@NullMarked
package org.jesr.desk.base.ui;

import org.jspecify.annotations.NullMarked;
