@NullMarked
package org.jesr.desk.platform.web;

import org.jspecify.annotations.NullMarked;
