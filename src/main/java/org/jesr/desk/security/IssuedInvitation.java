package org.jesr.desk.security;

import java.time.Instant;

/**
 * A new invitation as its issuer sees it, once: the token goes into the link handed to the person
 * and is not kept anywhere (only its hash is).
 */
public record IssuedInvitation(long accountId, String username, String displayName, String token, Instant expiresAt) {

    /** The path of the page where the person sets their password, relative to the app's address. */
    public String path() {
        return "invitation/" + token;
    }
}
