package org.jesr.desk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The room display on a 16:9 projector: one screen high with nothing to scroll, the clock shown,
 * and every check-in code wholly inside the picture. Both common projector sizes.
 */
class RoomDisplayBrowserIT extends BrowserTest {

    @Test
    void the_room_board_and_a_single_room_fit_a_projector_with_their_check_in_codes_in_view() {
        signIn("organizer", "organizer");
        navigateTo(app.url("today"));
        click(By.id("today-tabs-tab-1"));
        click(By.id("create-display"));
        String board = wait.until(d -> d.findElements(By.cssSelector("#display-links a")).stream()
                        .findFirst()
                        .orElse(null))
                .getAttribute("href");
        String room = driver.findElements(By.cssSelector("#display-links a.display-room-link")).stream()
                .filter(a -> a.getText().contains("Marquee Hall"))
                .findFirst()
                .orElseThrow()
                .getAttribute("href");
        assertThat(room).isEqualTo(board + "?room=" + room.substring(room.indexOf("?room=") + 6));

        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            resize(size[0], size[1]);
            driver.get(board);
            wait.until(d -> d.findElement(By.id("now-next")).getText().contains("Marquee Hall"));
            assertFitsTheScreen("board " + size[0]);
            assertThat(text("display-page")).as("ten rooms, four a page").isEqualTo("Rooms 1–4 of 10");
            assertThat(text("display-clock")).matches("\\d{1,2}:\\d{2}([\\s\\u202f][AP]M)?");
            assertThat(codes()).as("a code per room with a session coming").hasSize(4);
            screenshot("display-board-" + size[0] + "x" + size[1]);

            driver.get(room);
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Now & Next: Marquee Hall"));
            assertFitsTheScreen("room " + size[0]);
            assertThat(codes()).as("the room's check-in code").hasSize(1);
            assertThat(codes().getFirst().get("size").intValue())
                    .as("large enough to scan across a room")
                    .isGreaterThanOrEqualTo(size[1] / 3);
            screenshot("display-room-" + size[0] + "x" + size[1]);
        }
    }

    private void assertFitsTheScreen(String what) {
        assertThat(((Number) js("return document.documentElement.scrollHeight - window.innerHeight;")).intValue())
                .as("%s: page taller than the screen", what)
                .isLessThanOrEqualTo(0);
        assertThat(((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).intValue())
                .as("%s: page wider than the screen", what)
                .isLessThanOrEqualTo(0);
        assertThat(js("""
                        return Array.from(document.querySelectorAll('.display-tile, .display-header, .display-strip'))
                          .filter(e => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
                          .map(e => e.id || e.className);
                        """)).as("%s: a part whose content runs over", what).isEqualTo(List.of());
        for (Map<String, Number> code : codes()) {
            assertThat(code.get("inside").intValue())
                    .as("%s: check-in code inside the screen: %s", what, code)
                    .isEqualTo(1);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Number>> codes() {
        return (List<Map<String, Number>>) js("""
                return Array.from(document.querySelectorAll('.display-qr svg')).map(svg => {
                  const r = svg.getBoundingClientRect();
                  const inside = r.width > 0 && r.left >= 0 && r.top >= 0
                      && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
                  return {inside: inside ? 1 : 0, size: Math.round(Math.min(r.width, r.height))};
                });
                """);
    }
}
