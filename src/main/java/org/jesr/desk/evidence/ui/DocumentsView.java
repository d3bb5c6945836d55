package org.jesr.desk.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.evidence.DocumentDownload;
import org.jesr.desk.evidence.DocumentLink;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.evidence.LibraryDocument;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** The review's document library: download for everyone, upload for organizers and contributors. */
@Route("documents")
@PermitAll
@Menu(order = 7.9, icon = "vaadin:folder-open", title = "nav.documents")
class DocumentsView extends ReviewPage<Review> {

    private final DocumentService documents;
    private final Grid<LibraryDocument> grid = new Grid<>(LibraryDocument.class, false);

    DocumentsView(
            ReviewService reviews,
            DocumentService documents,
            AgendaService agenda,
            IndicatorService indicators,
            AuthenticationContext auth) {
        super("nav.documents", reviews.current());
        this.documents = documents;
        if (noReview()) {
            return;
        }
        boolean organizer = auth.hasRole(AppRoles.ORGANIZER);
        List<AgendaSession> sessions = agenda.sessions(review().id(), review().zone(), AgendaFilter.day(null));
        Map<String, String> sessionTitles = sessions.stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.getId()), AgendaSession::getTitle, (a, b) -> a));
        grid.setId("document-grid");
        grid.addComponentColumn(d -> DocumentDownload.anchor(documents, d))
                .setHeader(getTranslation("document.title"))
                .setFlexGrow(3);
        grid.addColumn(d -> getTranslation(d.getCategory().translationKey()))
                .setHeader(getTranslation("document.category"));
        grid.addColumn(d -> d.getFileName() + " · " + Math.max(1, d.getSize() / 1024) + " KB")
                .setHeader(getTranslation("document.file"));
        grid.addColumn(d ->
                        d.getUploadedBy() + ", " + Formats.dateTime(d.getUploadedAt(), review().zone(), getLocale()))
                .setHeader(getTranslation("document.uploaded"));
        grid.addColumn(d -> d.getLinks().stream()
                        .map(l -> l.type() == DocumentLink.Type.SESSION
                                ? sessionTitles.getOrDefault(l.key(), "?")
                                : getTranslation("document.link.indicator") + " " + l.key())
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("document.links"));
        if (organizer) {
            grid.addComponentColumn(d -> {
                        Button links = new Button(
                                getTranslation("document.edit-links"),
                                e -> new DocumentLinksDialog(
                                                documents, d, sessions, indicators.list(review().id()), this::refresh)
                                        .open());
                        links.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        Button delete = new Button(
                                VaadinIcon.TRASH.create(),
                                e -> Confirm.ask(
                                        "document.delete-title",
                                        "document.delete-text",
                                        "action.delete",
                                        () -> {
                                            if (Actions.run(this, () -> documents.delete(d.id()))) {
                                                refresh();
                                            }
                                        },
                                        d.getTitle()));
                        delete.setId("delete-document-" + d.id());
                        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        delete.setAriaLabel(getTranslation("action.delete"));
                        return new Div(links, delete);
                    })
                    .setAutoWidth(true);
        }
        Div bar = new Div();
        bar.addClassName("toolbar");
        boolean uploader = organizer || auth.hasRole(AppRoles.CONTRIBUTOR);
        grid.setEmptyStateText(
                uploader
                        ? EmptyList.say(this, false, "document.empty-uploader", "document.upload")
                        : EmptyList.say(this, false, "document.empty"));
        if (uploader) {
            Button upload = new Button(
                    getTranslation("document.upload"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new DocumentUploadDialog(documents, review().id(), this::refresh).open());
            upload.setId("upload-document");
            bar.add(upload);
        }
        add(bar, grid);
        refresh();
    }

    private void refresh() {
        Actions.run(this, () -> {
            grid.setItems(documents.list(review().id()));
        });
    }
}
