@NullMarked
package org.jesr.desk.preparation.ui;

import org.jspecify.annotations.NullMarked;
