@NullMarked
package org.jesr.desk.exchange.internal;

import org.jspecify.annotations.NullMarked;
