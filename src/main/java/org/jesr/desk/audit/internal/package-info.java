@NullMarked
package org.jesr.desk.audit.internal;

import org.jspecify.annotations.NullMarked;
