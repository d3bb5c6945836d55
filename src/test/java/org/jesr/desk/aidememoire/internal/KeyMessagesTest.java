package org.jesr.desk.aidememoire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyMessagesTest {

    @Test
    void without_written_key_messages_the_pack_takes_the_first_finding_of_each_working_group() {
        List<String> findings = List.of(
                "<b>Working group: Access.</b> Enrolment rose by 4 %.",
                "<b>Working group: Access.</b> Girls leave after grade 5.",
                "<b>Working group: Access.</b> Transport is the first reason.",
                "<b>Working group: Quality.</b> Textbooks arrived late.",
                "<b>Field visit: Thatta.</b> Two schools had no toilets for girls.",
                "<b>Working group: Finance.</b> Budget execution reached 90 %.",
                "<b>Working group: Governance.</b> District plans are not costed.");

        assertThat(KeyMessages.onePerSource(findings, 4))
                .containsExactly(
                        "Working group: Access. Enrolment rose by 4 %.",
                        "Working group: Quality. Textbooks arrived late.",
                        "Field visit: Thatta. Two schools had no toilets for girls.",
                        "Working group: Finance. Budget execution reached 90 %.");
    }

    @Test
    void a_finding_with_no_source_counts_as_its_own() {
        assertThat(KeyMessages.onePerSource(List.of("One.", "Two.", "One."), 4)).containsExactly("One.", "Two.");
    }
}
