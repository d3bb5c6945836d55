package org.jesr.desk.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens every new page in the language the user chose last time, on whichever tablet
 * they sign in from.
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final UserAccountRepository accounts;
    private final TransactionTemplate transactions;

    UserLanguage(UserAccountRepository accounts, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null
                    || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return;
            }
            String language = transactions.execute(status -> accounts.findByUsernameIgnoreCase(authentication.getName())
                    .map(UserAccount::getPreferredLanguage)
                    .orElse(null));
            if (language != null) {
                Locale locale = Locale.of(language);
                uiEvent.getUI().setLocale(locale);
                uiEvent.getUI().getSession().setLocale(locale);
            }
        });
    }
}
