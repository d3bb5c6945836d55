@NullMarked
package org.jesr.desk.evidence.internal;

import org.jspecify.annotations.NullMarked;
