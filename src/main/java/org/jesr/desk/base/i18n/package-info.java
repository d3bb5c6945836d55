@NullMarked
package org.jesr.desk.base.i18n;

import org.jspecify.annotations.NullMarked;
