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
import java.util.function.UnaryOperator;
import org.springframework.web.util.HtmlUtils;

/**
 * The side menu as one element: a {@code <vaadin-side-nav>} whose items are sent as markup.
 *
 * <p>Every open tab keeps its page's elements on the server. Built from {@link SideNavItem}s, each
 * with its icon and label, an observer's menu was about 45 of the agenda screen's 118 state nodes,
 * held for as long as the tab stays open (decision 0014). The items need nothing from the server:
 * the web component renders each as a link that the browser-side router follows, and marks the
 * current page itself, just as it does when Flow creates them. Labels are translations, not user
 * text, and are escaped all the same.
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
class MainMenu extends Component {

    MainMenu(List<MenuEntry> entries, UnaryOperator<String> translate) {
        StringBuilder items = new StringBuilder();
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
        getElement().setProperty("innerHTML", items.toString());
    }
}
