package org.jesr.desk.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.CardList;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.EmptyList;
import org.jesr.desk.base.ui.ItemDetail;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.base.ui.SearchField;
import org.jesr.desk.evidence.EvidenceService;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationFilter;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.recommendation.RecommendationsChanged;
import org.jesr.desk.recommendation.SourceKind;
import org.jesr.desk.recommendation.dialog.RecommendationDialog;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;

/** Every recommendation from groups and visits, filterable, with duplicates merged by organizers. */
@Route("recommendations")
@PermitAll
@Menu(order = 8, icon = "vaadin:list-ol", title = "nav.recommendations")
class RegisterView extends ReviewPage<Review> {

    private final RecommendationService service;
    private final CardList<Recommendation> list = new CardList<>("recommendation-grid", this::card);
    private final Grid<Recommendation> grid = list.grid();
    private Map<Long, String> themeNames = Map.of();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<SourceKind> source = new ComboBox<>();
    private final ComboBox<Consensus> consensus = new ComboBox<>();
    private final SearchField body = new SearchField("filter-responsible", "recommendation.responsible", this::refresh);

    RegisterView(
            ReviewService reviews,
            RecommendationService service,
            ThemeService themes,
            LiveUpdates updates,
            AuthenticationContext auth,
            EvidenceService evidence) {
        super("nav.recommendations", reviews.current());
        this.service = service;
        if (noReview()) {
            return;
        }
        List<Theme> themeList = themes.list(review().id());
        theme.setId("filter-theme");
        theme.setPlaceholder(getTranslation("agenda.theme"));
        theme.setItems(themeList);
        theme.setItemLabelGenerator(Theme::getName);
        source.setId("filter-source");
        source.setPlaceholder(getTranslation("recommendation.source"));
        source.setItems(SourceKind.values());
        source.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        consensus.setId("filter-consensus");
        consensus.setPlaceholder(getTranslation("recommendation.consensus"));
        consensus.setItems(Consensus.values());
        consensus.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        for (ComboBox<?> box : List.of(theme, source, consensus)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        Div bar = new Div(theme, source, consensus, body);
        bar.addClassName("toolbar");

        this.themeNames = themeList.stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
        boolean organizer = auth.hasRole(AppRoles.ORGANIZER);
        list.onOpen(r -> {
            ItemDetail detail = new ItemDetail("recommendation-detail", "#" + r.getOrderNo())
                    .field("recommendation.text", r.getText())
                    .field("recommendation.responsible", r.getResponsibleBody())
                    .field("agenda.theme", themeName(r))
                    .field("recommendation.source", sources(r))
                    .field(
                            "recommendation.consensus",
                            getTranslation(r.getConsensus().translationKey()));
            if (organizer) {
                detail.action(
                        "recommendation-edit",
                        "recommendation.edit",
                        () -> new RecommendationDialog(r, themeList, evidence.choices(review().id()), this::save)
                                .open());
            }
            detail.open();
        });
        if (organizer) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            Button merge = new Button(getTranslation("recommendation.merge"), e -> merge());
            merge.setId("merge-recommendations");
            bar.add(merge);
        }
        add(bar, list);
        updates.bind(this, RecommendationsChanged.class, review().id(), change -> refresh());
        refresh();
    }

    private CardList.Card card(Recommendation r) {
        return CardList.Card.of(
                "#" + r.getOrderNo(),
                getTranslation(r.getConsensus().translationKey()),
                r.getText(),
                CardList.join(r.getResponsibleBody(), themeName(r), sources(r)));
    }

    private String themeName(Recommendation r) {
        return r.getThemeId() == null ? "" : themeNames.getOrDefault(r.getThemeId(), "");
    }

    private static String sources(Recommendation r) {
        return r.getSources().stream()
                .map(s -> s.label())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
    }

    private void merge() {
        List<Recommendation> selected = grid.getSelectedItems().stream()
                .sorted(Comparator.comparing(Recommendation::getOrderNo))
                .toList();
        if (selected.size() < 2) {
            Notifications.warning(this, getTranslation("recommendation.merge-help"));
            return;
        }
        Confirm.ask(
                "recommendation.merge-title",
                "recommendation.merge-text",
                "recommendation.merge-confirm",
                () -> Actions.run(this, () -> {
                    service.merge(
                            selected.getFirst().id(),
                            selected.stream().skip(1).map(Recommendation::getId).toList());
                    Notifications.success(this, "recommendation.merged", selected.size());
                    refresh();
                }),
                selected.size(),
                selected.getFirst().getOrderNo());
    }

    // The person who acted sees the result in the answer to their click; the live update that follows
    // is for everyone else's screen, and came after the assertion in a UI test (WrapUpView does the same).
    private boolean save(Recommendation recommendation) {
        return Actions.run(this, () -> {
            service.update(recommendation);
            refresh();
        });
    }

    private void refresh() {
        grid.deselectAll();
        boolean filtered = theme.getValue() != null
                || source.getValue() != null
                || consensus.getValue() != null
                || !body.getValue().isBlank();
        list.setEmptyStateText(EmptyList.say(this, filtered, "recommendation.empty"));
        list.setItems(service.list(
                review().id(),
                new RecommendationFilter(
                        theme.getValue() == null ? null : theme.getValue().getId(),
                        source.getValue(),
                        body.getValue(),
                        consensus.getValue())));
    }
}
