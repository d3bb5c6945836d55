@NullMarked
package org.jesr.desk.stakeholder.ui;

import org.jspecify.annotations.NullMarked;
