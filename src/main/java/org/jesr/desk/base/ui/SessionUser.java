package org.jesr.desk.base.ui;

import java.util.List;

/**
 * The signed-in user as the layout shows them. The security feature implements it,
 * so {@code base} does not depend on any feature.
 */
public interface SessionUser {

    String displayName();

    /** Translation keys of the user's roles, for display. */
    List<String> roleKeys();

    /** Stores the language so the next sign-in, on any tablet, opens in it. */
    void rememberLanguage(String language);

    void logout();

    /** Accounts with known passwords (the demo's) exist: the layout warns on every page. */
    boolean demoAccountsExist();
}
