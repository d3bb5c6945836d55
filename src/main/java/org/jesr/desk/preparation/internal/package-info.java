@NullMarked
package org.jesr.desk.preparation.internal;

import org.jspecify.annotations.NullMarked;
