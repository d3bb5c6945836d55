package org.jesr.desk.fieldvisit.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A site's checklist answers as a JSON object of strings in one column. A column per question would
 * need a migration for every checklist an organizer edits. Hibernate builds this through Spring, so it
 * uses the app's one mapper.
 */
@Converter
public class AnswersConverter implements AttributeConverter<Map<String, String>, String> {

    private static final TypeReference<TreeMap<String, String>> ANSWERS = new TypeReference<>() {};

    private final JsonMapper json;

    AnswersConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String convertToDatabaseColumn(@Nullable Map<String, String> answers) {
        return json.writeValueAsString(answers == null ? Map.of() : new TreeMap<>(answers));
    }

    @Override
    public Map<String, String> convertToEntityAttribute(@Nullable String column) {
        return column == null || column.isBlank() ? new TreeMap<>() : json.readValue(column, ANSWERS);
    }
}
