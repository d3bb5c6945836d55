@NullMarked
package org.jesr.desk.platform.jpa;

import org.jspecify.annotations.NullMarked;
