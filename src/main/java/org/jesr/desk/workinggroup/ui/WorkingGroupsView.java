package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.Actions;
import org.jesr.desk.base.ui.Confirm;
import org.jesr.desk.base.ui.Notifications;
import org.jesr.desk.base.ui.ReviewPage;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.ParticipantRef;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.workinggroup.GroupMember;
import org.jesr.desk.workinggroup.GroupRole;
import org.jesr.desk.workinggroup.WorkingGroup;
import org.jesr.desk.workinggroup.WorkingGroupService;

/** The thematic working groups: objectives, people, composition and sessions; organizers form them here. */
@Route("working-groups")
@PermitAll
@Menu(order = 7.5, icon = "vaadin:group", title = "nav.working-groups")
class WorkingGroupsView extends ReviewPage<Review> {

    private final WorkingGroupService groups;
    private final ThemeService themes;
    private final Div list = new Div();
    private final Map<Long, ParticipantRef> people;
    private final AgendaService agenda;
    private final boolean organizer;

    WorkingGroupsView(
            ReviewService reviews,
            WorkingGroupService groups,
            ThemeService themes,
            AgendaService agenda,
            ParticipantService participants,
            AuthenticationContext auth) {
        super("nav.working-groups", reviews.current());
        this.groups = groups;
        this.themes = themes;
        this.agenda = agenda;
        this.organizer = auth.hasRole(AppRoles.ORGANIZER);
        if (noReview()) {
            people = Map.of();
            return;
        }
        people = participants.refs(review().id()).stream().collect(Collectors.toMap(ParticipantRef::id, p -> p));
        if (organizer) {
            add(toolbar());
        }
        list.setId("working-groups");
        add(list);
        refresh();
    }

    private Div toolbar() {
        Button create = new Button(getTranslation("group.new"), VaadinIcon.PLUS.create(), e -> createGroup());
        create.setId("new-group");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button themeList = new Button(
                getTranslation("theme.title"),
                VaadinIcon.TAGS.create(),
                e -> new ThemesDialog(themes, review().id(), this::refresh).open());
        themeList.setId("manage-themes");
        Div bar = new Div(create, themeList);
        bar.addClassName("toolbar");
        return bar;
    }

    private void refresh() {
        list.removeAll();
        Map<Long, String> themeNames =
                themes.list(review().id()).stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
        List<WorkingGroup> all = groups.list(review().id());
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(organizer ? "group.none-organizer" : "group.none"));
            empty.setId("no-groups");
            list.add(empty);
        }
        var sessions = agenda.sessions(review().id(), review().zone(), AgendaFilter.day(null));
        for (WorkingGroup group : all) {
            String theme = themeNames.getOrDefault(group.getThemeId(), "");
            Div card = new Div(new H3(theme));
            card.setId("group-" + group.getId());
            card.addClassName("room-column");
            if (group.getObjectives() != null) {
                card.add(new Paragraph(group.getObjectives()));
            }
            for (GroupRole role : GroupRole.values()) {
                card.add(new Paragraph(
                        getTranslation("label.value", getTranslation(role.translationKey()), names(group, role))));
            }
            Set<Constituency> missing = groups.missingConstituencies(group);
            if (!missing.isEmpty()) {
                Paragraph warning = new Paragraph("⚠ "
                        + getTranslation(
                                "group.lacks",
                                missing.stream()
                                        .map(c -> getTranslation(c.translationKey()))
                                        .sorted()
                                        .collect(Collectors.joining(", "))));
                warning.addClassName("warnings");
                warning.setId("group-" + group.getId() + "-warning");
                card.add(warning);
            }
            sessions.stream()
                    .filter(s -> s.getType() == SessionType.WORKING_GROUP
                            && Long.valueOf(group.getThemeId()).equals(s.getThemeId()))
                    .forEach(s -> card.add(new Div(new Anchor("session/" + s.getId(), s.getTitle()))));
            if (organizer) {
                card.add(actions(group, theme));
            }
            list.add(card);
        }
    }

    private Div actions(WorkingGroup group, String theme) {
        Button edit = new Button(
                getTranslation("group.edit"),
                e -> new WorkingGroupDialog(group, theme, List.copyOf(people.values()), this::save).open());
        edit.setId("edit-group-" + group.getId());
        Button delete = new Button(
                getTranslation("group.delete"),
                e -> Confirm.ask(
                        "group.delete-title", "group.delete-text", "group.delete", () -> delete(group), theme));
        delete.setId("delete-group-" + group.getId());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(edit, delete);
        actions.addClassName("toolbar");
        return actions;
    }

    private void createGroup() {
        Set<Long> taken = groups.list(review().id()).stream()
                .map(WorkingGroup::getThemeId)
                .collect(Collectors.toSet());
        List<Theme> free = themes.choices(review().id()).stream()
                .filter(t -> !taken.contains(t.getId()))
                .toList();
        if (free.isEmpty()) {
            Notifications.warning(this, getTranslation("group.no-free-theme"));
            new ThemesDialog(themes, review().id(), this::refresh).open();
            return;
        }
        WorkingGroupDialog.forNew(review().id(), free, List.copyOf(people.values()), this::save)
                .open();
    }

    private String names(WorkingGroup group, GroupRole role) {
        return group.getMembers().stream()
                .filter(m -> m.role() == role)
                .map(GroupMember::participantId)
                .map(people::get)
                .filter(Objects::nonNull)
                .map(ParticipantRef::name)
                .collect(Collectors.joining(", "));
    }

    private boolean save(WorkingGroup group) {
        return Actions.run(this, () -> {
            groups.save(group);
            refresh();
        });
    }

    private void delete(WorkingGroup group) {
        Actions.run(this, () -> {
            groups.delete(group.id());
            refresh();
        });
    }
}
