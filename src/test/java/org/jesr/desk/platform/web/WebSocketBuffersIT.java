package org.jesr.desk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.util.Collections;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The push sockets' buffers are the sizes chosen in {@link WebSocketBuffers}, on a real Tomcat
 * with Vaadin's push set up. (That push still works with them is what every browser test with a
 * live update shows, on the packaged app.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jesr.sample-data.load=false", "spring.datasource.url=jdbc:h2:mem:websocket-buffers"})
@ActiveProfiles("test")
class WebSocketBuffersIT {

    @Autowired
    ServletContext context;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void each_push_socket_gets_small_buffers_from_tomcat_and_atmosphere() {
        assertThat(System.getProperty(WebSocketBuffers.TOMCAT_BUFFER)).isEqualTo("2048");
        ServerContainer sockets = (ServerContainer) context.getAttribute(ServerContainer.class.getName());
        assertThat(sockets.getDefaultMaxTextMessageBufferSize()).isEqualTo(2048);
        assertThat(sockets.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(2048);

        List<AtmosphereFramework> push = Collections.list(context.getAttributeNames()).stream()
                .map(context::getAttribute)
                .filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast)
                .toList();
        assertThat(push).isNotEmpty().allSatisfy(atmosphere -> {
            assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                    .isEqualTo("256");
            assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE))
                    .isEqualTo("2048");
        });
    }

    @Test
    void every_connection_reads_and_writes_through_4_kb_socket_buffers_not_kept_after_it_closes() {
        Connector connector =
                ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize")))
                .isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("socket.bufferPool"))).isEqualTo("0");
    }
}
