@NullMarked
package org.jesr.desk.backup.internal;

import org.jspecify.annotations.NullMarked;
