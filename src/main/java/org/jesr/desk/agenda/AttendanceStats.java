package org.jesr.desk.agenda;

import java.util.Map;
import org.jesr.desk.participant.Constituency;

/** Head counts by constituency, and their total. */
public record AttendanceStats(Map<Constituency, Long> byConstituency, long total) {}
