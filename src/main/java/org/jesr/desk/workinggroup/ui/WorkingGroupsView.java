package org.jesr.desk.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.SessionType;
import org.jesr.desk.agenda.Theme;
import org.jesr.desk.agenda.ThemeService;
import org.jesr.desk.base.ui.ErrorMessages;
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

/** The thematic working groups: objectives, people, composition and sessions. */
@Route("working-groups")
@PermitAll
@Menu(order = 7.5, icon = "vaadin:group", title = "nav.working-groups")
class WorkingGroupsView extends Main implements HasDynamicTitle {

    private final WorkingGroupService groups;
    private final Div list = new Div();
    private final Review review;
    private final Map<Long, String> themeNames;
    private final Map<Long, ParticipantRef> people;
    private final AgendaService agenda;
    private final boolean organizer;

    WorkingGroupsView(ReviewService reviews, WorkingGroupService groups, ThemeService themes, AgendaService agenda,
                      ParticipantService participants, AuthenticationContext auth) {
        this.groups = groups;
        this.agenda = agenda;
        this.organizer = auth.hasRole(AppRoles.ORGANIZER);
        addClassName("page");
        review = reviews.current().orElse(null);
        if (review == null) {
            themeNames = Map.of();
            people = Map.of();
            add(new Paragraph(getTranslation("review.none")));
            return;
        }
        themeNames = themes.list(review.getId()).stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
        people = participants.refs(review.getId()).stream().collect(Collectors.toMap(ParticipantRef::id, p -> p));
        list.setId("working-groups");
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var sessions = agenda.sessions(review.getId(), review.zone(), AgendaFilter.day(null));
        for (WorkingGroup group : groups.list(review.getId())) {
            String theme = themeNames.getOrDefault(group.getThemeId(), "");
            Div card = new Div(new H3(theme));
            card.setId("group-" + group.getId());
            card.addClassName("room-column");
            if (group.getObjectives() != null) {
                card.add(new Paragraph(group.getObjectives()));
            }
            for (GroupRole role : GroupRole.values()) {
                card.add(new Paragraph(getTranslation(role.translationKey()) + ": " + names(group, role)));
            }
            Set<Constituency> missing = groups.missingConstituencies(group);
            if (!missing.isEmpty()) {
                Paragraph warning = new Paragraph("⚠ " + getTranslation("group.lacks", missing.stream()
                        .map(c -> getTranslation(c.translationKey())).sorted().collect(Collectors.joining(", "))));
                warning.addClassName("warnings");
                warning.setId("group-" + group.getId() + "-warning");
                card.add(warning);
            }
            sessions.stream().filter(s -> s.getType() == SessionType.WORKING_GROUP && Long.valueOf(group.getThemeId()).equals(s.getThemeId()))
                    .forEach(s -> card.add(new Div(new Anchor("session/" + s.getId(), s.getTitle()))));
            if (organizer) {
                Button edit = new Button(getTranslation("group.edit"), e -> new WorkingGroupDialog(group, theme,
                        List.copyOf(people.values()), this::save).open());
                edit.setId("edit-group-" + group.getId());
                card.add(edit);
            }
            list.add(card);
        }
    }

    private String names(WorkingGroup group, GroupRole role) {
        return group.getMembers().stream().filter(m -> m.role() == role).map(GroupMember::participantId)
                .map(people::get).filter(java.util.Objects::nonNull).map(ParticipantRef::name).collect(Collectors.joining(", "));
    }

    private boolean save(WorkingGroup group) {
        try {
            groups.save(group);
            refresh();
            return true;
        } catch (RuntimeException ex) {
            ErrorMessages.show(this, ex);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.working-groups");
    }
}
