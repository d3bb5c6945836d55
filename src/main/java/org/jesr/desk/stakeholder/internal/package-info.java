@NullMarked
package org.jesr.desk.stakeholder.internal;

import org.jspecify.annotations.NullMarked;
