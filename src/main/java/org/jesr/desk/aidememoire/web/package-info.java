@NullMarked
package org.jesr.desk.aidememoire.web;

import org.jspecify.annotations.NullMarked;
