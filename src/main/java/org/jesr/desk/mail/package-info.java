/**
 * E-mail through an outbox: messages are stored with the change that causes them and sent by a
 * background job when SMTP is configured; without SMTP nothing is queued and screens show the links.
 */
@NullMarked
package org.jesr.desk.mail;

import org.jspecify.annotations.NullMarked;
