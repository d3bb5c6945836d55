package org.jesr.desk.security.internal;

import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.jesr.desk.base.ui.SessionUser;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.UserAccountService;
import org.jesr.desk.security.UserSummary;
import org.springframework.stereotype.Component;

@Component
@UIScope
class CurrentSessionUser implements SessionUser {

    private final AuthenticationContext auth;
    private final UserAccountService accounts;

    CurrentSessionUser(AuthenticationContext auth, UserAccountService accounts) {
        this.auth = auth;
        this.accounts = accounts;
    }

    @Override
    public boolean demoAccountsExist() {
        return accounts.demoAccountsExist();
    }

    @Override
    public String displayName() {
        return accounts.currentUser()
                .map(UserSummary::displayName)
                .orElseGet(() -> auth.getPrincipalName().orElse(""));
    }

    @Override
    public List<String> roleKeys() {
        return accounts.currentUser()
                .map(u -> u.roles().stream().sorted().map(Role::translationKey).toList())
                .orElse(List.of());
    }

    @Override
    public void rememberLanguage(String language) {
        accounts.changeOwnLanguage(language);
    }

    @Override
    public void logout() {
        auth.logout();
    }
}
