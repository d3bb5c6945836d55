@NullMarked
package org.jesr.desk.mail.internal;

import org.jspecify.annotations.NullMarked;
