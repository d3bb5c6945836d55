/**
 * Backup and restore of a whole instance: every feature's data and every uploaded file in one
 * archive with a documented format (docs/backup-format.md), and automatic daily backups.
 */
@NullMarked
package org.jesr.desk.backup;

import org.jspecify.annotations.NullMarked;
