package org.jesr.desk.aidememoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import org.jesr.desk.aidememoire.AideMemoire;
import org.jesr.desk.aidememoire.AideMemoireExports;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.aidememoire.ConsultationService;
import org.jesr.desk.aidememoire.Section;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/**
 * The aide-memoire as it stands: numbered paragraphs by section, with the organizer's
 * controls to edit, draft again from the data, freeze versions and move the status on.
 */
@Route("aide-memoire")
@RolesAllowed({AppRoles.ORGANIZER, AppRoles.CONTRIBUTOR})
@Menu(order = 9.2, icon = "vaadin:file-text-o", title = "nav.aide-memoire")
class AideMemoireView extends ReviewPage<Review> {

    private final AideMemoireService service;
    private final AideMemoireExports exports;
    private final ConsultationService consultation;
    private final CirculationTools tools;
    private final boolean organizer;

    AideMemoireView(
            ReviewService reviews,
            AideMemoireService service,
            AideMemoireExports exports,
            ConsultationService consultation,
            CirculationTools tools,
            AuthenticationContext auth) {
        super("nav.aide-memoire", reviews.current());
        this.service = service;
        this.exports = exports;
        this.consultation = consultation;
        this.tools = tools;
        this.organizer = auth.hasRole(AppRoles.ORGANIZER);
        if (noReview()) {
            return;
        }
        show();
    }

    private void show() {
        Review review = review();
        removeAll();
        AideMemoire aideMemoire = service.find(review.id()).orElse(null);
        if (aideMemoire == null) {
            add(new Paragraph(getTranslation("aide-memoire.none")));
            if (organizer) {
                Button create =
                        new Button(getTranslation("aide-memoire.create"), e -> act(() -> service.create(review.id())));
                create.setId("create-aide-memoire");
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(create);
            }
            return;
        }
        boolean editable = organizer && aideMemoire.getStatus() != AideMemoireStatus.FINAL;
        Span status = new Span(getTranslation(aideMemoire.getStatus().translationKey()));
        status.setId("aide-memoire-status");
        status.addClassName("status");
        Div bar = new Div(status);
        bar.addClassName("toolbar");
        if (editable) {
            Arrays.stream(AideMemoireStatus.values())
                    .filter(aideMemoire.getStatus()::canMoveTo)
                    .forEach(next -> {
                        Runnable moveOn = () -> act(() -> service.moveTo(aideMemoire.id(), next));
                        // Validated and final cannot be taken back: ask first, saying what it locks.
                        boolean binding = next == AideMemoireStatus.VALIDATED || next == AideMemoireStatus.FINAL;
                        Button move = new Button(
                                getTranslation("aide-memoire.move-to", getTranslation(next.translationKey())), e -> {
                                    if (binding) {
                                        Confirm.ask(
                                                "aide-memoire.move-title",
                                                "aide-memoire.move-text."
                                                        + next.name().toLowerCase(Locale.ROOT),
                                                "aide-memoire.move-confirm",
                                                moveOn,
                                                getTranslation(next.translationKey()));
                                    } else {
                                        moveOn.run();
                                    }
                                });
                        move.setId("move-to-" + next.name().toLowerCase(Locale.ROOT));
                        bar.add(move);
                    });
            Select<String> language = new Select<>();
            language.setId("aide-memoire-language");
            language.setLabel(getTranslation("aide-memoire.language"));
            language.setItems(Language.codes());
            // Each language is named in itself, as language pickers do.
            language.setItemLabelGenerator(l -> Locale.of(l).getDisplayLanguage(Locale.of(l)));
            language.setValue(aideMemoire.getLanguage());
            language.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> service.setLanguage(aideMemoire.id(), e.getValue()));
                }
            });
            bar.add(language);
            Button freeze = new Button(
                    getTranslation("aide-memoire.freeze"),
                    e -> Confirm.ask(
                            "aide-memoire.freeze-title",
                            "aide-memoire.freeze-text",
                            "aide-memoire.freeze",
                            () -> act(() -> {
                                int number = service.freeze(aideMemoire.id()).getNumber();
                                Notifications.success(this, "aide-memoire.frozen", number);
                            })));
            freeze.setId("freeze-version");
            bar.add(freeze);
        } else if (aideMemoire.getStatus() == AideMemoireStatus.FINAL) {
            bar.add(new Span(getTranslation("aide-memoire.locked")));
        }
        var versions = service.versions(aideMemoire.id());
        add(bar, new VersionsPanel(service, exports, aideMemoire.id(), review.zone()));
        if (!versions.isEmpty()) {
            add(new CommentsPanel(
                    consultation,
                    versions.getLast(),
                    aideMemoire.getStatus() == AideMemoireStatus.IN_CONSULTATION,
                    organizer,
                    this::show));
        }
        if (organizer) {
            add(new KeyMessagesPanel(service, aideMemoire));
        }
        add(new CirculationPanel(
                tools,
                review.id(),
                consultation,
                aideMemoire.id(),
                aideMemoire.getStatus(),
                versions,
                review.zone(),
                organizer,
                this::show));
        int number = 1;
        for (Section section : service.sections(aideMemoire.id())) {
            add(new SectionPanel(service, section, number, editable, this::show));
            number += section.paragraphs().size();
        }
    }

    private void act(Runnable change) {
        Actions.run(this, () -> {
            change.run();
            show();
        });
    }
}
