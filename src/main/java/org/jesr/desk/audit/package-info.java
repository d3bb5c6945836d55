/**
 * The audit log: who changed what and when, in the agenda, the notes, the recommendations and
 * the aide-memoire. Entries are only ever added, in the same transaction as the change itself.
 */
@NullMarked
package org.jesr.desk.audit;

import org.jspecify.annotations.NullMarked;
