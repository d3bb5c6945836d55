package org.jesr.desk.sampledata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jesr.desk.base.csv.CsvTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The files of the chosen sample set (`jesr.sample-data.set`: the English Sindh review, or the
 * French `revue-2026-fr`). A set may leave a file out; that part of the sample is then skipped.
 */
@Component
public class SampleFiles {

    private volatile String folder;

    SampleFiles(@Value("${jesr.sample-data.set:sindh-jesr-2026}") String set) {
        this.folder = folderOf(set);
    }

    private static String folderOf(String set) {
        if (!set.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("jesr.sample-data.set must name a folder of sample-data: " + set);
        }
        return "sample-data/" + set + "/";
    }

    /**
     * Reads another set for the duration of the work. Only the start-up loader and tests load
     * samples, one at a time, so switching the one folder is simpler than passing it everywhere.
     */
    public <T> T withSet(String set, Supplier<T> work) {
        String before = folder;
        folder = folderOf(set);
        try {
            return work.get();
        } finally {
            folder = before;
        }
    }

    /** A name one sample file uses for a row of another: a mismatch is a broken sample set, said by name. */
    static <K, V> V known(Map<K, V> byName, K name) {
        V value = byName.get(name);
        if (value == null) {
            throw new IllegalStateException("The sample set names \"" + name + "\", which none of its files defines");
        }
        return value;
    }

    public String folder() {
        return folder;
    }

    boolean exists(String name) {
        return new ClassPathResource(folder + name).exists();
    }

    /** Hands the file to an importer, if the set has it. */
    public void ifPresent(String name, Consumer<InputStream> importer) {
        if (!exists(name)) {
            return;
        }
        try (InputStream in = new ClassPathResource(folder + name).getInputStream()) {
            importer.accept(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a CSV file of the set; none if the set leaves the file out. */
    public List<CsvTable.Row> rows(String name, List<String> columns) {
        if (!exists(name)) {
            return List.of();
        }
        try (InputStream in = new ClassPathResource(folder + name).getInputStream()) {
            return CsvTable.read(in, columns).rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Properties properties(String name) {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(folder + name).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
