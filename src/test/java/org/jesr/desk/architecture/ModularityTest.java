package org.jesr.desk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jesr.desk.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    /** Where the diagrams and module canvases live, beside the decisions and the access matrix. */
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void features_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    /**
     * The diagrams are written from the code on every run, so they cannot drift from it. When they
     * differ from what is committed the test writes the new ones into docs/modules and fails once,
     * so the change to the structure is seen and committed with the code that made it.
     */
    @Test
    void the_module_diagram_in_docs_is_the_one_the_code_draws() throws IOException {
        Path fresh = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML))
                .writeIndividualModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML))
                .writeModuleCanvases();
        Map<String, String> drawn = read(fresh);
        Map<String, String> committed = read(DOCS);
        if (!drawn.equals(committed)) {
            if (Files.isDirectory(DOCS)) {
                try (Stream<Path> old = Files.list(DOCS)) {
                    old.forEach(ModularityTest::delete);
                }
            }
            Files.createDirectories(DOCS);
            for (var file : drawn.entrySet()) {
                Files.writeString(DOCS.resolve(file.getKey()), file.getValue());
            }
        }
        assertThat(committed.equals(drawn))
                .as("docs/modules was stale and has been written again from the code: commit it")
                .isTrue();
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.list(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), canonical(Files.readString(file)));
            }
        }
        return files;
    }

    /**
     * PlantUML draws arrows in any order, and the Documenter lists them in the order it happens to
     * find them, which varies from run to run: the arrows are sorted where the first one stood, and
     * so are the items of each list in a module canvas (its bean references, its types).
     */
    static String canonical(String diagram) {
        List<String> lines = sortedListItems(diagram.lines().toList());
        List<String> arrows =
                lines.stream().filter(ModularityTest::isArrow).sorted().toList();
        List<String> out = new ArrayList<>();
        boolean placed = false;
        for (String line : lines) {
            if (!isArrow(line)) {
                out.add(line);
            } else if (!placed) {
                out.addAll(arrows);
                placed = true;
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** An AsciiDoc table cell holding a list starts with "|* "; its further items start with "* ". */
    private static List<String> sortedListItems(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("|* ")) {
                out.add(lines.get(i));
                continue;
            }
            List<String> items = new ArrayList<>();
            items.add(lines.get(i).substring(1));
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
                items.add(lines.get(++i));
            }
            items.sort(null);
            out.add("|" + items.getFirst());
            out.addAll(items.subList(1, items.size()));
        }
        return out;
    }

    private static boolean isArrow(String line) {
        return line.contains(" --> ");
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
