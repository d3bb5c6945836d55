@NullMarked
package org.jesr.desk.security.internal;

import org.jspecify.annotations.NullMarked;
