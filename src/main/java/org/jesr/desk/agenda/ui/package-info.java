@NullMarked
package org.jesr.desk.agenda.ui;

import org.jspecify.annotations.NullMarked;
