package org.jesr.desk.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.jesr.desk.KaribuTest;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;

class BackupViewTest extends KaribuTest {

    @Test
    void an_administrator_backs_up_now_and_sees_the_archive_listed() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(BackupView.class);
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("backup-list"));
        long before = list.getChildren()
                .filter(c -> ((ListItem) c).getText().endsWith(" KB"))
                .count();

        _click(_get(Button.class, spec -> spec.withId("backup-now")));

        assertThat(list.getChildren().map(c -> ((ListItem) c).getText()))
                .first()
                .asString()
                .matches("jesr-desk-\\d{8}-\\d{6}-\\d{3}(_\\d+)?\\.zip · \\d+ KB");
        assertThat(list.getChildren()
                        .filter(c -> ((ListItem) c).getText().endsWith(" KB"))
                        .count())
                .isEqualTo(Math.min(before + 1, 14));
    }
}
