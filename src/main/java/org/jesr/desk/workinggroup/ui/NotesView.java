package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.AutosaveField;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.SaveSummary;
import org.jesr.desk.evidence.EvidenceService;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.recommendation.RecommendationSource;
import org.jesr.desk.recommendation.SourceKind;
import org.jesr.desk.recommendation.dialog.RecommendationDialog;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.workinggroup.NotesAccess;
import org.jesr.desk.workinggroup.NotesField;
import org.jesr.desk.workinggroup.NotesService;
import org.jesr.desk.workinggroup.NotesStatus;
import org.jesr.desk.workinggroup.SaveOutcome;
import org.jesr.desk.workinggroup.SessionNotes;

/** The rapporteur's workspace for one session, made for a tablet: every field saves itself. */
@Route("notes")
@RolesAllowed({AppRoles.ORGANIZER, AppRoles.RAPPORTEUR, AppRoles.CONTRIBUTOR})
class NotesView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NotesService notes;
    private final AgendaService agenda;
    private final ReviewService reviews;
    private final RecommendationService recommendations;
    private final ThemeService themes;
    private final EvidenceService evidence;
    private String title = "";

    NotesView(
            NotesService notes,
            AgendaService agenda,
            ReviewService reviews,
            RecommendationService recommendations,
            ThemeService themes,
            EvidenceService evidence) {
        this.evidence = evidence;
        this.notes = notes;
        this.agenda = agenda;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.themes = themes;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        removeAll();
        AgendaSession session = agenda.session(sessionId).orElse(null);
        Review review = reviews.current().orElse(null);
        if (session == null || review == null) {
            add(new Paragraph(getTranslation("error.not-found")));
            return;
        }
        title = session.getTitle();
        NotesAccess access = notes.access(sessionId);
        SessionNotes current = notes.find(sessionId).orElse(null);
        NotesStatus status = current == null ? NotesStatus.DRAFT : current.getStatus();
        long version = current == null ? -1 : current.getVersion();
        boolean editable = access.write() && status.editable();

        Span state = new Span(getTranslation(status.translationKey()));
        state.setId("notes-status");
        state.addClassName("status");
        addClassName(SaveSummary.PAGE_CLASS);
        Div heading = new Div(state, new SaveSummary("notes-save-state"));
        heading.addClassName("notes-state-line");
        add(new H2(session.getTitle()), heading);
        if (current != null && current.getReturnComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("notes.returned-because", current.getReturnComment()));
            comment.setId("return-comment");
            add(comment);
        }
        if (!editable) {
            Paragraph why = new Paragraph(getTranslation(
                    !access.write()
                            ? access.readOnlyReasonKey()
                            : "notes.readonly." + status.name().toLowerCase(Locale.ROOT)));
            why.setId("notes-readonly-reason");
            why.addClassName("readonly-reason");
            add(why);
        }
        add(new FindingsPanel(
                notes,
                evidence,
                review.id(),
                sessionId,
                current == null ? List.of() : current.getKeyFindings(),
                version,
                editable));
        for (NotesField field : NotesField.values()) {
            String id = "notes-" + field.name().toLowerCase(Locale.ROOT);
            AutosaveField box = new AutosaveField(
                            id,
                            getTranslation(field.translationKey()),
                            "jesr-notes-" + sessionId + "-" + field.name(),
                            current == null ? "" : current.text(field),
                            version,
                            SessionNotes.TEXT_MAX,
                            editable,
                            (text, base) -> toResult(notes.save(sessionId, field, text, base)))
                    .timesIn(review.zone());
            Button history = new Button(
                    VaadinIcon.TIME_BACKWARD.create(),
                    e -> new HistoryDialog(
                                    getTranslation(field.translationKey()),
                                    notes.history(sessionId, field),
                                    box.text(),
                                    review.zone(),
                                    editable,
                                    box::replaceWith)
                            .open());
            history.setId(id + "-history");
            // History on demand, inside the field: a line per field under the text let a portrait
            // tablet show only two fields (issue 21).
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            history.setAriaLabel(getTranslation("notes.history-of", getTranslation(field.translationKey())));
            history.setTooltipText(getTranslation("notes.history"));
            add(box.withInField(history));
        }
        if (access.write()) {
            Button propose = new Button(getTranslation("notes.propose"), e -> propose(session));
            propose.setId("propose-recommendation");
            add(propose);
        }
        add(workflow(sessionId, access, status));
    }

    /** Recommendations go straight into the register, remembering which session made them. */
    private void propose(AgendaSession session) {
        Recommendation draft = new Recommendation();
        draft.setReviewId(session.getReviewId());
        draft.setThemeId(session.getThemeId());
        SourceKind kind =
                session.getType() == SessionType.FIELD_VISIT ? SourceKind.FIELD_VISIT : SourceKind.WORKING_GROUP;
        new RecommendationDialog(
                        draft, themes.choices(session.getReviewId()), evidence.choices(session.getReviewId()), r -> {
                            return Actions.run(this, () -> {
                                recommendations.propose(
                                        r, new RecommendationSource(kind, session.getId(), session.getTitle()));
                                Notifications.success(this, "notes.proposed");
                            });
                        })
                .open();
    }

    private Div workflow(long sessionId, NotesAccess access, NotesStatus status) {
        Div actions = new Div();
        actions.addClassName("toolbar");
        if (access.write() && status.editable()) {
            actions.add(action("notes-submit", "notes.submit", () -> notes.submit(sessionId), sessionId));
        }
        if (access.review() && status == NotesStatus.SUBMITTED) {
            actions.add(action("notes-validate", "notes.validate", () -> notes.validate(sessionId), sessionId));
            TextField comment = new TextField();
            comment.setId("notes-return-comment");
            comment.setPlaceholder(getTranslation("notes.return-comment"));
            actions.add(
                    comment,
                    action(
                            "notes-return",
                            "notes.return",
                            () -> notes.returnForRework(sessionId, comment.getValue()),
                            sessionId));
        }
        return actions;
    }

    private Button action(String id, String key, Runnable action, long sessionId) {
        Button button = new Button(getTranslation(key), e -> {
            Actions.run(this, () -> {
                action.run();
                getUI().ifPresent(ui -> ui.navigate(NotesView.class, sessionId));
            });
        });
        button.setId(id);
        return button;
    }

    private static AutosaveField.Result toResult(SaveOutcome outcome) {
        return new AutosaveField.Result(
                outcome.saved(),
                outcome.version(),
                outcome.serverText(),
                outcome.otherAuthor() == null ? "" : outcome.otherAuthor());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
