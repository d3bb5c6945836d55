package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.PublicUrls;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantAccountService;
import org.jesr.desk.participant.ParticipantAccountService.AccountForParticipant;
import org.jesr.desk.participant.pdf.InvitationSheet;
import org.jesr.desk.security.Role;

/** The secretariat's "create accounts" for the participants selected in the list. */
class AccountActions extends Div {

    private final ParticipantAccountService service;
    private final PublicUrls urls;
    private final long reviewId;
    private final ZoneId zone;
    private final Supplier<Set<Participant>> selection;
    private final Runnable onDone;
    private final Button create;

    AccountActions(
            ParticipantAccountService service,
            PublicUrls urls,
            long reviewId,
            ZoneId zone,
            Supplier<Set<Participant>> selection,
            Runnable onDone) {
        this.service = service;
        this.urls = urls;
        this.reviewId = reviewId;
        this.zone = zone;
        this.selection = selection;
        this.onDone = onDone;
        create = new Button(getTranslation("accounts.create-selected"), VaadinIcon.KEY.create(), e -> open());
        create.setId("create-accounts");
        create.setEnabled(false);
        add(create);
    }

    /** Enabled only while participants are selected. */
    void selectionChanged(int selected) {
        create.setEnabled(selected > 0);
        create.setText(
                selected > 0
                        ? getTranslation("accounts.create-n", selected)
                        : getTranslation("accounts.create-selected"));
    }

    private void open() {
        List<Participant> selected = List.copyOf(selection.get());
        new CreateAccountsDialog(selected, role -> create(selected, role)).open();
    }

    private void create(List<Participant> selected, Role role) {
        Actions.run(this, () -> {
            List<AccountForParticipant> results = service.createAccounts(
                    reviewId, selected.stream().map(Participant::getId).toList(), role);
            InvitationSheet.Sheet sheet = sheet(results);
            int mailed = service.emailLinks(reviewId, results, urls.absolute(""));
            new AccountsIssuedDialog(results, mailed, () -> service.sheet(sheet)).open();
            onDone.run();
        });
    }

    /** Built while the screen's language and address are at hand; the download only prints it. */
    private InvitationSheet.Sheet sheet(List<AccountForParticipant> results) {
        List<InvitationSheet.Card> cards = results.stream()
                .filter(r -> r.invitation() != null)
                .map(r -> new InvitationSheet.Card(
                        r.name(),
                        r.organization(),
                        getTranslation("accounts.card-username", r.username()),
                        urls.absolute(r.invitation().path()),
                        getTranslation(
                                "accounts.card-validity",
                                Formats.dateTime(r.invitation().expiresAt(), zone, getLocale()))))
                .toList();
        return new InvitationSheet.Sheet(
                getTranslation("accounts.sheet-title"), getTranslation("accounts.card-instructions"), cards);
    }
}
