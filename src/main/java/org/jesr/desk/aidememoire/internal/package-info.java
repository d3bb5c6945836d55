@NullMarked
package org.jesr.desk.aidememoire.internal;

import org.jspecify.annotations.NullMarked;
