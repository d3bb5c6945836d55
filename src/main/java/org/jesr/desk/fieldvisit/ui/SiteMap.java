package org.jesr.desk.fieldvisit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import org.jesr.desk.fieldvisit.Site;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The visit's sites on a Leaflet map (frontend/components/jesr-site-map.js), for those with a position.
 * Only names and coordinates cross to the browser. Offline, the map hides and the list stays.
 */
@Tag("jesr-site-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./components/jesr-site-map.js")
class SiteMap extends Component {

    SiteMap(List<Site> sites, MapTiles tiles) {
        setId("visit-map");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("visit.map"));
        ArrayNode points = JsonNodeFactory.instance.arrayNode();
        for (Site site : sites) {
            if (site.getLatitude() != null && site.getLongitude() != null) {
                ObjectNode point = points.addObject();
                point.put("lat", site.getLatitude());
                point.put("lon", site.getLongitude());
                point.put("label", site.getName());
            }
        }
        getElement().setProperty("attribution", tiles.attribution());
        getElement().setProperty("tiles", tiles.url());
        getElement().setProperty("sites", points.toString());
    }
}
