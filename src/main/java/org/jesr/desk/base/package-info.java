/**
 * Shared building blocks every feature may use: the entity base class, the layout,
 * formatting in the review's time zone and the CSV helpers. It is an open module so
 * features may reach into its sub-packages.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.jesr.desk.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
