package org.jesr.desk.stakeholder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.ItemDetail;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.evidence.DocumentDownload;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.EvidenceService;
import org.jesr.desk.evidence.LibraryDocument;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.dialog.RecommendationDialog;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.stakeholder.InputService;
import org.jesr.desk.stakeholder.StakeholderInput;

/**
 * Written inputs to the aide-memoire. Contributors see their own inputs and the replies;
 * organizers see everyone's, reply to each, and turn an input into a recommendation.
 */
@Route("inputs")
@RolesAllowed({AppRoles.ORGANIZER, AppRoles.CONTRIBUTOR})
@Menu(order = 8.4, icon = "vaadin:comment-ellipsis-o", title = "nav.inputs")
class InputsView extends ReviewPage<Review> {

    private final InputService inputs;
    private final CardList<StakeholderInput> grid = new CardList<>("input-grid", this::card);
    private Map<Long, String> themeNames = Map.of();
    private Map<Long, String> organizations = Map.of();
    private final boolean organizer;
    private Map<Long, List<LibraryDocument>> attachments = Map.of();

    InputsView(
            ReviewService reviews,
            InputService inputs,
            ThemeService themeService,
            OrganizationService organizationService,
            DocumentService documents,
            EvidenceService evidence,
            AuthenticationContext auth) {
        super("nav.inputs", reviews.current());
        this.inputs = inputs;
        organizer = auth.hasRole(AppRoles.ORGANIZER);
        if (noReview()) {
            return;
        }
        List<Theme> themes = themeService.list(review().id());
        themeNames = themes.stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
        organizations = organizationService.all().stream()
                .collect(Collectors.toMap(Organization::getId, Organization::shortName));
        grid.setEmptyStateText(
                getTranslation(organizer ? "input.empty-organizer" : "input.empty", getTranslation("input.add")));
        grid.onOpen(i -> detail(i, themes, documents, evidence).open());
        Div bar = new Div();
        bar.addClassName("toolbar");
        Button add = new Button(
                getTranslation("input.add"),
                VaadinIcon.PLUS.create(),
                e -> new InputDialog(inputs, review().id(), themes, this::refresh).open());
        add.setId("add-input");
        bar.add(add);
        add(bar, grid);
        refresh();
    }

    private ItemDetail detail(
            StakeholderInput input, List<Theme> themes, DocumentService documents, EvidenceService evidence) {
        ItemDetail detail = new ItemDetail("input-detail", input.getTitle())
                .field("input.outcome", getTranslation(input.getOutcome().translationKey()))
                .field("input.text", input.getBody())
                .field("input.reply", input.getReply())
                .field("input.from", from(input))
                .field(
                        "input.for",
                        CardList.join(
                                input.getThemeId() == null ? "" : themeNames.getOrDefault(input.getThemeId(), ""),
                                input.getSection()))
                .field("input.submitted", Formats.dateTime(input.getSubmittedAt(), review().zone(), getLocale()));
        List<LibraryDocument> files = attachments.getOrDefault(input.getId(), List.of());
        if (!files.isEmpty()) {
            detail.field(
                    "input.attachments",
                    new Div(files.stream()
                            .map(d -> DocumentDownload.anchor(documents, d))
                            .toArray(Component[]::new)));
        }
        if (!organizer) {
            return detail;
        }
        detail.action(
                "respond-" + input.getId(),
                "input.respond",
                () -> new ReplyDialog(inputs, input, this::refresh).open());
        if (input.getRecommendationId() == null) {
            detail.action("recommend-" + input.getId(), "input.to-recommendation", () -> {
                Recommendation draft = new Recommendation();
                draft.setReviewId(review().id());
                draft.setThemeId(input.getThemeId());
                draft.setText(
                        input.getBody().length() > Recommendation.TEXT_MAX
                                ? input.getBody().substring(0, Recommendation.TEXT_MAX)
                                : input.getBody());
                new RecommendationDialog(
                                draft,
                                themes,
                                evidence.choices(review().id()),
                                r -> Actions.run(this, () -> {
                                    inputs.toRecommendation(input.id(), r);
                                    Notifications.success(this, "input.recommended");
                                    refresh();
                                }))
                        .open();
            });
        }
        return detail;
    }

    private CardList.Card card(StakeholderInput i) {
        return new CardList.Card(
                i.getTitle(),
                getTranslation(i.getOutcome().translationKey()),
                i.getBody(),
                i.getReply() == null ? "" : getTranslation("label.value", getTranslation("input.reply"), i.getReply()),
                CardList.join(
                        organizer ? from(i) : "",
                        i.getThemeId() == null ? "" : themeNames.getOrDefault(i.getThemeId(), ""),
                        i.getSection(),
                        Formats.dateTime(i.getSubmittedAt(), review().zone(), getLocale())));
    }

    private String from(StakeholderInput input) {
        return CardList.join(
                input.getAuthor(),
                input.getOrganizationId() == null ? "" : organizations.getOrDefault(input.getOrganizationId(), ""));
    }

    private void refresh() {
        List<StakeholderInput> shown = organizer ? inputs.all(review().id()) : inputs.mine(review().id());
        attachments = inputs.attachments(review().id(), shown);
        grid.setItems(shown);
    }
}
