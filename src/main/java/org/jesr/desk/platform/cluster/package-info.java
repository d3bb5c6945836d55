/**
 * Live updates across several app nodes sharing one PostgreSQL: PostgreSQL's own LISTEN/NOTIFY
 * carries each committed change to the other nodes' screens (see docs/scaling.md).
 */
@NullMarked
package org.jesr.desk.platform.cluster;

import org.jspecify.annotations.NullMarked;
