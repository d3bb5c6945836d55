@NullMarked
package org.jesr.desk.security;

import org.jspecify.annotations.NullMarked;
