package org.jesr.desk.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.jesr.desk.participant.ParticipantAccountService.AccountForParticipant;

/**
 * What the account creation did, person by person, with the printable sheet of password links.
 * The links exist only here and on the sheet: they are not stored, so the sheet is the thing to keep.
 */
class AccountsIssuedDialog extends Dialog {

    AccountsIssuedDialog(List<AccountForParticipant> results, int mailed, Supplier<byte[]> sheet) {
        setId("accounts-issued-dialog");
        setHeaderTitle(getTranslation("accounts.issued-title"));
        setWidth("min(48rem, 95vw)");
        long links = results.stream().filter(r -> r.invitation() != null).count();
        Paragraph summary = new Paragraph(getTranslation("accounts.issued-summary", links, results.size() - links));
        summary.setId("accounts-summary");
        Grid<AccountForParticipant> grid = new Grid<>();
        grid.setId("accounts-issued");
        grid.addColumn(AccountForParticipant::name)
                .setHeader(getTranslation("participant.name"))
                .setFlexGrow(2);
        grid.addColumn(AccountForParticipant::username)
                .setHeader(getTranslation("user.username"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.created() ? "accounts.state.created" : "accounts.state.existing"))
                .setHeader(getTranslation("accounts.state"));
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        add(summary, grid);
        if (mailed > 0) {
            Paragraph sent = new Paragraph(getTranslation("accounts.mailed", mailed));
            sent.setId("accounts-mailed");
            add(sent);
        }
        if (links > 0) {
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] pdf = sheet.get();
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf), "password-links.pdf", "application/pdf", pdf.length);
                    }),
                    getTranslation("accounts.sheet"));
            download.setId("accounts-sheet");
            download.setDownload(true);
            add(new Paragraph(download), new Paragraph(getTranslation("accounts.sheet-help")));
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("accounts-close");
        getFooter().add(close);
    }
}
