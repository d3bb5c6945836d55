/**
 * How the app runs rather than what it does: start-up training for the JDK's AOT cache, Hibernate
 * tuned for a fast start, the guard that puts every stored text through the text rules, push
 * sockets' buffers and compression, and live updates relayed between nodes. Features never import
 * it (ArchitectureTest); it may use the shared core and UI kit in {@code base}.
 */
@NullMarked
@ApplicationModule(displayName = "Platform")
package org.jesr.desk.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
