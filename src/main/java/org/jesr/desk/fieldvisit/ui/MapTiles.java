package org.jesr.desk.fieldvisit.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the visit map's tiles come from: OpenStreetMap's by default, or a ministry's own tile server
 * ({@code jesr.map.tiles}, empty for none). The content security policy admits this origin for images.
 */
@Component
record MapTiles(
        @Value("${jesr.map.tiles:}") String url,
        @Value("${jesr.map.attribution:}") String attribution) {}
