@NullMarked
package org.jesr.desk.workinggroup.ui;

import org.jspecify.annotations.NullMarked;
