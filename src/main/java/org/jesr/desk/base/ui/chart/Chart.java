package org.jesr.desk.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart (frontend/components/jesr-chart.js). Only data crosses to the
 * browser, as a JSON option; the commercial Vaadin Charts is deliberately not used.
 */
@Tag("jesr-chart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./components/jesr-chart.js")
public class Chart extends Component implements HasSize {

    public Chart() {
        setHeight("280px");
        setWidthFull();
    }

    public void setSpec(ChartSpec spec) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", spec.title());
        ObjectNode option = option(spec, getTranslation("chart.description", spec.title()));
        // The axis and tooltips format numbers as the table beside the chart does (issue 21): ECharts
        // alone wrote "150,000" over a French table's "150 000". Its own English aria sentence
        // ("This is a chart about…") gives way to a translated one.
        option.put("numberLocale", getLocale().toLanguageTag());
        getElement().setProperty("option", option.toString());
    }

    /** The ECharts option for a spec: data and plain settings only, never code. */
    private static ObjectNode option(ChartSpec spec, String description) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.put("animation", false);
        option.putObject("aria").put("enabled", true).putObject("label").put("description", description);
        option.putObject("tooltip").put("trigger", "axis").put("renderMode", "richText");
        ArrayNode legend = option.putObject("legend").put("bottom", 0).putArray("data");
        option.putObject("grid").put("left", 48).put("right", 16).put("top", 28).put("bottom", 48);
        ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
        spec.categories().forEach(categories::add);
        option.putObject("yAxis").put("type", "value").put("name", spec.unit());
        ArrayNode series = option.putArray("series");
        for (ChartSpec.Series s : spec.series()) {
            legend.add(s.name());
            ObjectNode node = series.addObject()
                    .put("name", s.name())
                    .put("type", s.style() == ChartSpec.Style.BAR ? "bar" : "line");
            if (s.style() != ChartSpec.Style.BAR) {
                node.put("connectNulls", true).put("symbolSize", 7);
            }
            if (s.style() == ChartSpec.Style.DASHED_LINE) {
                node.putObject("lineStyle").put("type", "dashed");
            }
            ArrayNode data = node.putArray("data");
            s.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            });
        }
        return option;
    }
}
