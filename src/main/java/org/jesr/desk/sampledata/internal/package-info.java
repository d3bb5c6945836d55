/** The sample review's parts, read from sample-data/ by the loader; nothing outside sampledata uses them. */
@NullMarked
package org.jesr.desk.sampledata.internal;

import org.jspecify.annotations.NullMarked;
