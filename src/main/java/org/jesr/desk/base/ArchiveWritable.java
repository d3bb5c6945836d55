package org.jesr.desk.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that may still change once its review is archived: the follow-up of a review's
 * recommendations goes on all year, after the review itself is closed and read-only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ArchiveWritable {}
