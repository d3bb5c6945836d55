package org.jesr.desk.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jesr.desk.base.csv.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The sample sets carry each demo password's BCrypt hash beside it, so that loading a sample hashes
 * nothing. A password changed without its hash would leave an account nobody can sign in to: this
 * says so, and gives the hash to paste.
 */
class DemoAccountHashesTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    static Stream<Path> sampleSets() throws IOException {
        try (Stream<Path> sets = Files.list(Path.of("sample-data"))) {
            return sets.filter(set -> Files.exists(set.resolve("accounts.csv"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleSets")
    void every_demo_accounts_stored_hash_is_the_hash_of_its_password(Path set) throws IOException {
        List<CsvTable.Row> rows;
        try (InputStream in = Files.newInputStream(set.resolve("accounts.csv"))) {
            rows = CsvTable.read(in, List.of("username", "password", "password_bcrypt"))
                    .rows();
        }
        assertThat(rows).isNotEmpty();
        for (CsvTable.Row row : rows) {
            String password = row.required("password");
            assertThat(encoder.matches(password, row.required("password_bcrypt")))
                    .as(() -> "%s/accounts.csv, %s: password_bcrypt is not the hash of '%s'; a hash of it: %s"
                            .formatted(set.getFileName(), row.required("username"), password, encoder.encode(password)))
                    .isTrue();
        }
    }
}
