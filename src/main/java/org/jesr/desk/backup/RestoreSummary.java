package org.jesr.desk.backup;

/** What a restore brought back. */
public record RestoreSummary(int tables, int rows, int files) {}
