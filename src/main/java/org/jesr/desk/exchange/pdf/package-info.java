@NullMarked
package org.jesr.desk.exchange.pdf;

import org.jspecify.annotations.NullMarked;
