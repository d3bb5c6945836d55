package org.jesr.desk.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.util.Collections;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sizes the buffers every open tab's push WebSocket keeps on the server.
 *
 * <p>A heap dump with 100 observers on the agenda (the benchmark's {@code -Djesr.benchmark.heap-dump})
 * found about 95 KB of buffers per socket, more than the screen itself: Atmosphere allocates a
 * 16K-character and a 16 KB buffer per socket that it never writes to; Vaadin raises Tomcat's
 * buffers for incoming messages to 16K, though with push over {@code WEBSOCKET_XHR}, Flow's
 * default, the browser sends its requests by XHR and next to nothing over the socket; and Tomcat
 * keeps 8 KB buffers for input, output and encoding. Outgoing messages larger than Tomcat's
 * buffer are still sent whole, as several frames. Below the WebSocket, each connection also holds
 * Tomcat's 8 KB read and 8 KB write socket buffers for as long as the tab is open; 4 KB each is
 * plenty for the small messages a push socket carries, and large answers and uploads are simply
 * read and written in more steps. Tomcat also keeps the buffers of closed connections for reuse, up
 * to a thirty-second of the heap (64 MB at {@code -Xmx2g}), held for good after a burst such as
 * everyone loading the agenda at once; new connections allocate their own instead.
 *
 * <p>Tomcat reads its size once, when its WebSocket support starts, so it is set as the web
 * server is configured; Atmosphere reads its sizes for each new socket, so they are lowered once
 * Vaadin has set up push.
 */
@Component
class WebSocketBuffers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    static final String TOMCAT_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int SOCKET_BUFFER = 4096;
    /** Atmosphere's own buffers are only ever cleared, never written; the smallest size will do. */
    private static final String ATMOSPHERE_BUFFER = "256";

    private final int size;

    WebSocketBuffers(@Value("${jesr.push.socket-buffer:2048}") int size) {
        this.size = size;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (System.getProperty(TOMCAT_BUFFER) == null) {
            System.setProperty(TOMCAT_BUFFER, String.valueOf(size));
        }
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_BUFFER));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_BUFFER));
            connector.setProperty("socket.bufferPool", "0");
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void shrink(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebApplicationContext web) || web.getServletContext() == null) {
            return;
        }
        ServletContext context = web.getServletContext();
        if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer sockets) {
            sockets.setDefaultMaxTextMessageBufferSize(size);
            sockets.setDefaultMaxBinaryMessageBufferSize(size);
        }
        for (String name : Collections.list(context.getAttributeNames())) {
            if (context.getAttribute(name) instanceof AtmosphereFramework push) {
                push.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, ATMOSPHERE_BUFFER);
                push.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, String.valueOf(size));
                push.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, String.valueOf(size));
            }
        }
    }
}
