/**
 * The dialog that makes a recommendation, offered to the screens where one is born: a working
 * group's notes and a written input. A named interface, so other features may use this one UI
 * piece and nothing else of the recommendation screens.
 */
@NamedInterface("dialog")
@NullMarked
package org.jesr.desk.recommendation.dialog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
