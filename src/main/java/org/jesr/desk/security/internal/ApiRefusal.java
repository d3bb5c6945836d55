package org.jesr.desk.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.i18n.AppI18nProvider;
import tools.jackson.databind.json.JsonMapper;

/** A refusal of the API's security filters, in the same {@code {code, message}} shape as the API's own. */
record ApiRefusal(AppI18nProvider i18n, JsonMapper json) {

    void write(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        Language language = Language.of(request.getLocale().getLanguage()).orElse(Language.DEFAULT);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", key);
        body.put("message", i18n.getTranslation(key, language.locale()));
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }
}
