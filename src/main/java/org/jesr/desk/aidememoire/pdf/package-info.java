@NullMarked
package org.jesr.desk.aidememoire.pdf;

import org.jspecify.annotations.NullMarked;
