package org.jesr.desk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a UI test (or a whole class) that changes the sample review the Karibu tests share. The
 * database is put back to the plain sample afterwards: after the test when a method carries it,
 * after the class when the class does. Cheaper than a new application context per class, which is
 * what {@code @ChangesTheSample} cost (issue 20).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChangesTheSample {}
