@NullMarked
package org.jesr.desk.aidememoire.ui;

import org.jspecify.annotations.NullMarked;
