package org.jesr.desk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jesr.desk.base.TranslatedException;

/**
 * What a password must be: at least 12 characters, and neither one of the 30,000 most common
 * passwords (zxcvbn's list, shipped in the jar) nor one of them with digits and signs stuck on the end,
 * nor made of digits and signs only, nor holding the username, nor one character repeated. Length beats complexity rules (NIST SP 800-63B).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;

    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    /** @throws TranslatedException saying what is wrong, in the user's terms */
    public static void check(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            throw new TranslatedException("user.error.password-too-short", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (stem.isEmpty()
                || COMMON.contains(lower)
                || COMMON.contains(stem)
                || lower.chars().distinct().count() == 1
                || lower.contains(username.toLowerCase(Locale.ROOT).strip()) && !username.isBlank()) {
            throw new TranslatedException("user.error.password-common");
        }
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
