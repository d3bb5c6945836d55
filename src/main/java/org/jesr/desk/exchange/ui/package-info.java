@NullMarked
package org.jesr.desk.exchange.ui;

import org.jspecify.annotations.NullMarked;
