package org.jesr.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backups are read years later by newer versions (docs/backup-format.md). The archive used to be
 * written by a plain JsonMapper of its own; it now uses the application's shared one, so that
 * shared mapper must write and read a backup's values (numbers, decimals, flags, text, nulls) exactly
 * as the plain one did, or older archives would come back different.
 */
class BackupFormatTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void the_shared_mapper_writes_and_reads_a_backups_rows_exactly_as_the_plain_one_did() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> {
                    JsonMapper shared = context.getBean(JsonMapper.class);
                    List<Map<String, Object>> rows = List.of(row());

                    byte[] written = PLAIN.writeValueAsBytes(rows);
                    assertThat(new String(shared.writeValueAsBytes(rows))).isEqualTo(new String(written));

                    TypeReference<List<Map<String, Object>>> type = new TypeReference<>() {};
                    List<Map<String, Object>> readBack = shared.readValue(written, type);
                    assertThat(readBack).isEqualTo(PLAIN.readValue(written, type));
                    assertThat(readBack.getFirst().get("budget")).isEqualTo(new BigDecimal("1250000.50").doubleValue());
                });
    }

    private static Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 9_007_199_254_740_993L);
        row.put("version", 3L);
        row.put("restricted", true);
        row.put("share", 0.125d);
        row.put("budget", new BigDecimal("1250000.50"));
        row.put("title", "Sindh: « accès » — تعلیم 📚");
        row.put("starts_at", "2026-12-03T09:30:00Z");
        row.put("description", null);
        return row;
    }
}
