package org.jesr.desk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapTilesPolicyTest {

    @Test
    void the_tile_servers_origin_is_admitted_for_images_and_nothing_else() {
        assertThat(SecurityConfig.tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo(" https://tile.openstreetmap.org");
        assertThat(SecurityConfig.tileOrigin("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png"))
                .isEqualTo(" https://*.tiles.example.org:8443");
        assertThat(SecurityConfig.contentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://tile.openstreetmap.org;")
                .contains("connect-src 'self';");
    }

    @Test
    void no_tiles_or_a_template_that_is_not_plain_https_admits_nothing_more() {
        assertThat(SecurityConfig.tileOrigin("")).isEmpty();
        assertThat(SecurityConfig.tileOrigin("http://tiles.example.org/{z}/{x}/{y}.png"))
                .isEmpty();
        assertThat(SecurityConfig.tileOrigin("https://evil.example.org; script-src *"))
                .isEmpty();
        assertThat(SecurityConfig.contentSecurityPolicy("")).contains("img-src 'self' data: blob:;");
    }
}
