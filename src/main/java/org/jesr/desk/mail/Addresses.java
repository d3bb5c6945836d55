package org.jesr.desk.mail;

import java.util.regex.Pattern;
import org.jesr.desk.base.TranslatedException;

/**
 * The one check on an e-mail address typed by someone: a plain address, nothing a mail header could
 * be split with (line breaks, commas, angle brackets). Stricter than RFC 5322 on purpose: a list of
 * partners' addresses has no use for quoted local parts.
 */
public final class Addresses {

    private static final Pattern PLAIN =
            Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private Addresses() {}

    public static boolean isPlain(String address) {
        return address.length() <= 254 && PLAIN.matcher(address).matches();
    }

    /** Refuses, naming the address, with its control characters shown rather than acted on. */
    public static String requirePlain(String address) {
        if (!isPlain(address)) {
            throw new TranslatedException("mail.error.address", address.replaceAll("\\p{Cntrl}", "␤"));
        }
        return address;
    }
}
