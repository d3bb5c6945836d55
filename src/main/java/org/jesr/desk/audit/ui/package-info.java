@NullMarked
package org.jesr.desk.audit.ui;

import org.jspecify.annotations.NullMarked;
