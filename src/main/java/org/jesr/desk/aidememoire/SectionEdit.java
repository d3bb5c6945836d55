package org.jesr.desk.aidememoire;

/**
 * The answer to an edit: saved, with the section as stored; or not saved because someone
 * else saved first, with their section so both texts can be merged.
 */
public record SectionEdit(boolean saved, Section section) {}
