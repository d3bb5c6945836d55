/**
 * Shared building blocks every feature may use, in two parts. The core (this package and
 * {@code csv}, {@code i18n}, {@code pdf}): the entity base class, the text rules, formatting in the
 * review's time zone, translated errors and file helpers; it needs no screen. The UI kit
 * ({@code ui}): the layout, notifications, dialogs, autosave and live updates. How the app runs
 * (start-up, Hibernate, sockets, nodes) is in {@code platform}, which features do not import.
 * It is an open module so features may reach into its sub-packages.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.jesr.desk.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
