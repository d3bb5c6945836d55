@NullMarked
package org.jesr.desk.backup.ui;

import org.jspecify.annotations.NullMarked;
