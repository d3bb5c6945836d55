/** The field kit's JSON API: versioned, signed in with the app's session, CSRF-checked. */
@NullMarked
package org.jesr.desk.fieldvisit.api;

import org.jspecify.annotations.NullMarked;
