package org.jesr.desk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.web.util.HtmlUtils;

/**
 * The side menu as one element: a {@code <nav>} holding a {@code <vaadin-side-nav>} per group, whose items
 * are sent as markup.
 *
 * <p>Every open tab keeps its page's elements on the server. Built from {@link SideNavItem}s, each
 * with its icon and label, an observer's menu was about 45 of the agenda screen's 118 state nodes,
 * held for as long as the tab stays open (decision 0014). The items need nothing from the server:
 * the web component renders each as a link that the browser-side router follows, and marks the
 * current page itself, just as it does when Flow creates them. Labels are translations, not user
 * text, and are escaped all the same.
 */
@Tag("nav")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
class MainMenu extends Component {

    /**
     * The menu's groups, by the day's jobs (issue 21: 23 entries in one list were hard to scan on a
     * tablet). An entry is placed by its title key; a role sees only the groups it has entries in.
     */
    static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
            Map.entry(
                    "menu.group.day",
                    List.of(
                            "nav.overview",
                            "nav.now",
                            "nav.agenda",
                            "nav.my-agenda",
                            "nav.today",
                            "nav.agenda-editor")),
            Map.entry("menu.group.notes", List.of("nav.my-notes", "nav.notes-board", "nav.working-groups")),
            Map.entry(
                    "menu.group.evidence",
                    List.of("nav.dashboard", "nav.indicators", "nav.documents", "nav.obligations", "nav.inputs")),
            Map.entry(
                    "menu.group.outcomes",
                    List.of("nav.recommendations", "nav.wrap-up", "nav.aide-memoire", "nav.follow-up")),
            Map.entry("menu.group.exchange", List.of("nav.delegation", "nav.delegations", "nav.self-assessment")),
            Map.entry(
                    "menu.group.admin",
                    List.of(
                            "nav.organizations",
                            "nav.participants",
                            "nav.reviews",
                            "nav.preparation",
                            "nav.settings",
                            "nav.site-checklist",
                            "nav.audit",
                            "nav.users",
                            "nav.backup")));

    MainMenu(List<MenuEntry> entries, UnaryOperator<String> translate) {
        StringBuilder groups = new StringBuilder();
        for (Map.Entry<String, List<String>> group : GROUPS) {
            List<MenuEntry> inGroup = entries.stream()
                    .filter(e -> group.getValue().contains(e.title()))
                    .toList();
            if (!inGroup.isEmpty()) {
                groups.append(sideNav(translate.apply(group.getKey()), inGroup, translate));
            }
        }
        // An entry nobody placed in a group is still reachable, last.
        List<MenuEntry> others = entries.stream()
                .filter(e -> GROUPS.stream().noneMatch(g -> g.getValue().contains(e.title())))
                .toList();
        if (!others.isEmpty()) {
            groups.append(sideNav(translate.apply("menu.group.other"), others, translate));
        }
        getElement().setProperty("innerHTML", groups.toString());
    }

    private static String sideNav(String label, List<MenuEntry> entries, UnaryOperator<String> translate) {
        StringBuilder items = new StringBuilder("<vaadin-side-nav class=\"menu-group\"><span slot=\"label\">")
                .append(HtmlUtils.htmlEscape(label))
                .append("</span>");
        for (MenuEntry entry : entries) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            items.append("<vaadin-side-nav-item path=\"")
                    .append(HtmlUtils.htmlEscape(UrlUtil.encodeURI(path)))
                    .append("\">");
            if (entry.icon() != null) {
                items.append("<vaadin-icon slot=\"prefix\" icon=\"")
                        .append(HtmlUtils.htmlEscape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            items.append(HtmlUtils.htmlEscape(translate.apply(entry.title()))).append("</vaadin-side-nav-item>");
        }
        return items.append("</vaadin-side-nav>").toString();
    }
}
