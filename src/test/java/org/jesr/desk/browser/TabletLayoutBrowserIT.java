package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organizers work on tablets: every screen fits without sideways scrolling and can be hit with a finger. */
class TabletLayoutBrowserIT extends BrowserTest {

    static final List<String> PAGES = List.of(
            "",
            "now",
            "agenda",
            "my-agenda",
            "my-notes",
            "today",
            "agenda/edit",
            "notes-board",
            "working-groups",
            "dashboard",
            "indicators",
            "documents",
            "recommendations",
            "obligations",
            "inputs",
            "wrap-up",
            "aide-memoire",
            "follow-up",
            "delegations",
            "self-assessment",
            "organizations",
            "participants",
            "settings",
            "audit");

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "768, 1024"})
    void every_organizer_screen_fits_a_tablet_with_touch_sized_controls(int width, int height) {
        resize(width, height);
        signIn("organizer", "organizer");

        List<String> cut = new ArrayList<>();
        List<String> offScreen = new ArrayList<>();
        for (String page : PAGES) {
            navigate(page);
            Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow.intValue())
                    .as("horizontal overflow on /%s", page)
                    .isLessThanOrEqualTo(0);
            assertThat(tooSmallControls())
                    .as("controls under 44 px on /%s", page)
                    .isEmpty();
            cutText().forEach(text -> cut.add("/" + page + ": " + text));
            offScreenButtons().forEach(button -> offScreen.add("/" + page + ": " + button));
            screenshot(width + "x" + height + "-" + (page.isEmpty() ? "overview" : page.replace('/', '-')));
        }

        assertThat(cut).as("list text cut short").isEmpty();
        assertThat(offScreen).as("buttons off screen").isEmpty();
    }

    /** Grid cells whose text is wider than the cell: cut with an ellipsis, as the trial found. */
    @SuppressWarnings("unchecked")
    private List<String> cutText() {
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))
                  .filter(c => c.offsetParent !== null && c.clientWidth > 0 && c.scrollWidth > c.clientWidth + 1)
                  .map(c => c.textContent.trim().slice(0, 40));
                """);
    }

    /** Visible buttons that a finger cannot reach without scrolling sideways. */
    @SuppressWarnings("unchecked")
    private List<String> offScreenButtons() {
        return (List<String>) js("""
                // A closed drawer lies to the left of the screen on purpose; the menu button opens it.
                const layout = document.querySelector('vaadin-app-layout');
                const drawerClosed = layout && layout.overlay && !layout.drawerOpened;
                return Array.from(document.querySelectorAll('vaadin-button, a.button-link'))
                  .filter(b => b.offsetParent !== null)
                  .filter(b => !(drawerClosed && b.closest('[slot="drawer"]')))
                  .filter(b => { const r = b.getBoundingClientRect();
                                 return r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 1); })
                  .map(b => (b.id || '') + ' ' + (b.textContent || '').trim().slice(0, 30));
                """);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tooSmallControls() {
        return (List<Map<String, Object>>) js("""
                const selectors = 'vaadin-button, vaadin-checkbox, vaadin-text-field, vaadin-combo-box, vaadin-select, vaadin-date-picker,'
                    + ' vaadin-side-nav-item, vaadin-drawer-toggle, a.button-link, vaadin-integer-field';
                return Array.from(document.querySelectorAll(selectors))
                  .filter(e => e.offsetParent !== null)
                  .map(e => {
                    // A field's touch target is its input box, not the label above it. Controls inside a
                    // closed panel are laid out with no width: not visible, so not a touch target yet.
                    const target = e.shadowRoot && e.shadowRoot.querySelector('[part~="input-field"]') || e;
                    const box = target.getBoundingClientRect();
                    return {tag: e.localName, id: e.id, text: (e.textContent || '').trim().slice(0, 30),
                            height: Math.round(box.height), width: Math.round(box.width)};
                  })
                  .filter(b => b.height > 0 && b.width > 0 && (b.height < 44 || b.width < 44));
                """);
    }
}
