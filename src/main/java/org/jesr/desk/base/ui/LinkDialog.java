package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jesr.desk.base.QrCodes;

/**
 * Shows a link once, with its QR code, to hand to a person: a password link, which is not kept
 * anywhere, so closing the dialog without passing it on means issuing a new one.
 */
public class LinkDialog extends Dialog {

    /** @param title and help already translated; {@code absoluteLink} is the app's own link, never user text */
    public LinkDialog(String title, String help, String absoluteLink) {
        setId("invitation-dialog");
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        Anchor link = new Anchor(absoluteLink, absoluteLink);
        link.setId("invitation-link");
        link.addClassName("break-anywhere");
        Html qr = new Html("<div>" + QrCodes.svg(absoluteLink, 200) + "</div>");
        qr.setId("invitation-qr");
        add(new Paragraph(help), new Div(link), qr);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("invitation-close");
        getFooter().add(close);
    }
}
