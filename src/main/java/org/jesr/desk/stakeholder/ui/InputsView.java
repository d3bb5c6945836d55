package org.jesr.desk.stakeholder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.TextRenderer;
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
    private final Grid<StakeholderInput> grid = new Grid<>(StakeholderInput.class, false);
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
        Map<Long, String> themeNames = themes.stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
        Map<Long, String> organizations = organizationService.all().stream()
                .collect(Collectors.toMap(Organization::getId, Organization::shortName));
        grid.setId("input-grid");
        grid.addColumn(StakeholderInput::getTitle)
                .setHeader(getTranslation("input.title"))
                .setFlexGrow(2);
        if (organizer) {
            grid.addColumn(i -> i.getAuthor()
                            + (i.getOrganizationId() == null
                                    ? ""
                                    : " · " + organizations.getOrDefault(i.getOrganizationId(), "")))
                    .setHeader(getTranslation("input.from"));
        }
        grid.addColumn(i -> String.join(
                        " · ",
                        i.getThemeId() == null ? "" : themeNames.getOrDefault(i.getThemeId(), ""),
                        i.getSection() == null ? "" : i.getSection()))
                .setHeader(getTranslation("input.for"));
        grid.addColumn(i -> Formats.dateTime(i.getSubmittedAt(), review().zone(), getLocale()))
                .setHeader(getTranslation("input.submitted"));
        grid.addColumn(i -> getTranslation(i.getOutcome().translationKey())).setHeader(getTranslation("input.outcome"));
        grid.addColumn(i -> i.getReply() == null ? "" : i.getReply())
                .setHeader(getTranslation("input.reply"))
                .setFlexGrow(2);
        grid.addComponentColumn(i -> new Div(attachments.getOrDefault(i.getId(), List.of()).stream()
                        .map(d -> DocumentDownload.anchor(documents, d))
                        .toArray(Component[]::new)))
                .setHeader(getTranslation("input.attachments"));
        grid.setItemDetailsRenderer(new TextRenderer<>(StakeholderInput::getBody));
        if (organizer) {
            grid.addComponentColumn(i -> actions(i, themes, evidence))
                    .setKey("actions")
                    .setAutoWidth(true);
        }
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

    private Div actions(StakeholderInput input, List<Theme> themes, EvidenceService evidence) {
        Button reply =
                new Button(getTranslation("input.respond"), e -> new ReplyDialog(inputs, input, this::refresh).open());
        reply.setId("respond-" + input.getId());
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(reply);
        if (input.getRecommendationId() == null) {
            Button recommend = new Button(getTranslation("input.to-recommendation"), e -> {
                Recommendation draft = new Recommendation();
                draft.setReviewId(review().id());
                draft.setThemeId(input.getThemeId());
                draft.setText(
                        input.getBody().length() > Recommendation.TEXT_MAX
                                ? input.getBody().substring(0, Recommendation.TEXT_MAX)
                                : input.getBody());
                new RecommendationDialog(draft, themes, evidence.choices(review().id()), r -> {
                            return Actions.run(this, () -> {
                                inputs.toRecommendation(input.id(), r);
                                Notifications.success(this, "input.recommended");
                                refresh();
                            });
                        })
                        .open();
            });
            recommend.setId("recommend-" + input.getId());
            recommend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(recommend);
        }
        return actions;
    }

    private void refresh() {
        List<StakeholderInput> shown = organizer ? inputs.all(review().id()) : inputs.mine(review().id());
        attachments = inputs.attachments(review().id(), shown);
        grid.setItems(shown);
    }
}
