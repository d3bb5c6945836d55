package org.jesr.desk.security.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.QrCodes;
import org.jesr.desk.security.IssuedInvitation;

/**
 * Shows a new invitation link once, with its QR code, for the person to set their password. The link
 * is not kept: closing the dialog without passing it on means issuing a new one.
 */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(IssuedInvitation invitation, String absoluteLink, java.time.ZoneId zone) {
        setId("invitation-dialog");
        setHeaderTitle(getTranslation("invitation.issued-title", invitation.displayName()));
        setWidth("min(36rem, 95vw)");
        Anchor link = new Anchor(absoluteLink, absoluteLink);
        link.setId("invitation-link");
        link.addClassName("break-anywhere");
        // The QR code encodes our own link, not user text.
        Html qr = new Html("<div>" + QrCodes.svg(absoluteLink, 200) + "</div>");
        qr.setId("invitation-qr");
        add(new Paragraph(getTranslation("invitation.issued-help", invitation.username(),
                        Formats.dateTime(invitation.expiresAt(), zone, getLocale()))),
                new Div(link), qr);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("invitation-close");
        getFooter().add(close);
    }
}
