package org.jesr.desk.fieldvisit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.fieldvisit.Checklist;
import org.jesr.desk.fieldvisit.ChecklistService;
import org.jesr.desk.fieldvisit.Question;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/**
 * The review's site checklist, edited by organizers. Changes are a draft on this screen until saved
 * as the next revision; field kits that went offline with an earlier revision keep working with it.
 */
@Route("site-checklist")
@RolesAllowed(AppRoles.ORGANIZER)
@Menu(order = 91, icon = "vaadin:clipboard-check", title = "nav.site-checklist")
class SiteChecklistView extends ReviewPage<Review> {

    private final ChecklistService checklists;
    private final CardList<Question> list;
    private final Span revision = new Span();
    private final Button save = new Button();
    private final Button discard = new Button();
    private List<Question> draft = new ArrayList<>();
    private int basedOn;

    SiteChecklistView(ReviewService reviews, ChecklistService checklists) {
        super("nav.site-checklist", reviews.current());
        this.checklists = checklists;
        Language language = Language.of(getLocale().getLanguage()).orElse(Language.DEFAULT);
        list = new CardList<>(
                "checklist-questions",
                q -> CardList.Card.of(
                        q.label(language),
                        getTranslation(q.type().translationKey())
                                + (q.required() ? " · " + getTranslation("checklist.required") : ""),
                        q.help(language),
                        getTranslation("checklist.code.shown", q.code())),
                q -> false);
        if (noReview()) {
            return;
        }
        list.onOpen(this::edit);
        list.setEmptyStateText(getTranslation("checklist.empty"));
        revision.setId("checklist-revision");
        Button add = new Button(
                getTranslation("checklist.add"),
                e -> new QuestionDialog(null, q -> {
                            draft.add(q);
                            changed();
                        })
                        .open());
        add.setId("add-question");
        save.setId("save-checklist");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> Actions.run(this, () -> {
            Checklist saved = checklists.save(review().id(), basedOn, draft);
            Notifications.success(this, "checklist.saved", saved.revision());
            show(saved);
        }));
        discard.setText(getTranslation("checklist.discard"));
        discard.setId("discard-checklist");
        discard.addClickListener(e -> show(checklists.current(review().id())));
        FlexLayout actions = new FlexLayout(add, save, discard);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassName("actions");
        add(new Paragraph(getTranslation("checklist.intro")), revision, actions, list);
        show(checklists.current(review().id()));
    }

    private void show(Checklist checklist) {
        basedOn = checklist.revision();
        draft = new ArrayList<>(checklist.questions());
        revision.setText(getTranslation(
                basedOn == Checklist.DEFAULT_REVISION ? "checklist.revision.default" : "checklist.revision", basedOn));
        refresh(false);
    }

    private void changed() {
        refresh(true);
    }

    private void refresh(boolean dirty) {
        list.setItems(List.copyOf(draft));
        save.setText(getTranslation("checklist.save", basedOn + 1));
        save.setEnabled(dirty);
        discard.setEnabled(dirty);
    }

    /** A question's own actions, in a small dialog: no action needs room beside the text on a tablet. */
    private void edit(Question question) {
        int at = draft.indexOf(question);
        QuestionActions actions = new QuestionActions(
                at > 0,
                at < draft.size() - 1,
                () -> new QuestionDialog(question, edited -> {
                            draft.set(at, edited);
                            changed();
                        })
                        .open(),
                move -> {
                    draft.remove(at);
                    draft.add(at + move, question);
                    changed();
                },
                () -> Confirm.ask(
                        "checklist.remove.title",
                        "checklist.remove.text",
                        "checklist.remove",
                        () -> {
                            draft.remove(at);
                            changed();
                        },
                        question.label(Language.of(getLocale().getLanguage()).orElse(Language.DEFAULT))));
        actions.setHeaderTitle(list.card(question).title());
        actions.open();
    }

    /** Edit, move or remove one question. */
    private static final class QuestionActions extends com.vaadin.flow.component.dialog.Dialog {

        QuestionActions(
                boolean canMoveUp,
                boolean canMoveDown,
                Runnable edit,
                java.util.function.IntConsumer move,
                Runnable remove) {
            setId("question-actions");
            Button editButton = button("checklist.edit", "question-edit", edit);
            Button up = button("checklist.up", "question-up", () -> move.accept(-1));
            up.setEnabled(canMoveUp);
            Button down = button("checklist.down", "question-down", () -> move.accept(1));
            down.setEnabled(canMoveDown);
            Button removeButton = button("checklist.remove", "question-remove", remove);
            removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div buttons = new Div(editButton, up, down, removeButton);
            buttons.addClassName("actions");
            add(buttons);
            getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        }

        private Button button(String key, String id, Runnable action) {
            Button button = new Button(getTranslation(key), e -> {
                close();
                action.run();
            });
            button.setId(id);
            return button;
        }
    }
}
