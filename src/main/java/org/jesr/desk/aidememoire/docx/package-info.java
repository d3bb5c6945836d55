@NullMarked
package org.jesr.desk.aidememoire.docx;

import org.jspecify.annotations.NullMarked;
