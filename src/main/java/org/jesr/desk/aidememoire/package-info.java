/**
 * The aide-memoire: drafted from what the review captured, edited, frozen into numbered
 * versions for circulation, consulted on, validated and locked when final.
 */
@NullMarked
package org.jesr.desk.aidememoire;

import org.jspecify.annotations.NullMarked;
