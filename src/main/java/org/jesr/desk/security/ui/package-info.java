@NullMarked
package org.jesr.desk.security.ui;

import org.jspecify.annotations.NullMarked;
