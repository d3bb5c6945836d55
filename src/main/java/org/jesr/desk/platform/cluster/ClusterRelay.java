package org.jesr.desk.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jesr.desk.base.LiveEvent;
import org.jesr.desk.base.ui.LiveUpdates;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every committed {@link LiveEvent} to the other nodes with {@code NOTIFY}, and hands what
 * they send to this node's screens. One pooled connection per node stays open for {@code LISTEN}.
 * No home-made bus: PostgreSQL already delivers notifications to every listening session, in
 * commit order, and drops none while the listener is connected. On with {@code JESR_CLUSTER=true}.
 */
@Component
@ConditionalOnProperty(name = "jesr.cluster.enabled", havingValue = "true")
public class ClusterRelay implements SmartLifecycle {

    static final String CHANNEL = "jesr_live";
    /** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; live events are a few hundred. */
    static final int MAX_PAYLOAD = 7900;

    private static final Logger LOG = LoggerFactory.getLogger(ClusterRelay.class);
    private final JsonMapper json;

    private final DataSource dataSource;
    private final LiveUpdates updates;
    private final String node = UUID.randomUUID().toString();
    private volatile boolean running;
    private @Nullable Thread listener;

    ClusterRelay(DataSource dataSource, LiveUpdates updates, JsonMapper json) {
        this.json = json;
        this.dataSource = dataSource;
        this.updates = updates;
    }

    /**
     * After commit, on a connection of its own: the transaction's connection is done, and a NOTIFY
     * sent inside a transaction would only be delivered when that transaction commits.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void send(LiveEvent event) {
        if (!running) {
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("node", node);
        message.put("type", event.getClass().getName());
        message.put("event", event);
        String payload = json.writeValueAsString(message);
        if (payload.length() > MAX_PAYLOAD) {
            LOG.warn(
                    "Live event too large to relay to other nodes: {}",
                    event.getClass().getSimpleName());
            return;
        }
        try (Connection db = dataSource.getConnection();
                PreparedStatement notify = db.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
            if (!db.getAutoCommit()) {
                db.commit();
            }
        } catch (SQLException e) {
            // This node's own screens already have the change; the others catch up on their next redraw.
            LOG.warn("Could not relay a live event to other nodes", e);
        }
    }

    private void listen() {
        while (running) {
            try (Connection db = dataSource.getConnection()) {
                db.setAutoCommit(true);
                try (Statement listen = db.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = db.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Lost the LISTEN connection; reconnecting in 1 s", e);
                    sleep();
                }
            }
        }
    }

    void receive(String payload) {
        try {
            Map<?, ?> message = json.readValue(payload, Map.class);
            if (node.equals(message.get("node"))) {
                return;
            }
            String type = String.valueOf(message.get("type"));
            // Only our own event types are ever instantiated from a message.
            if (!type.startsWith("org.jesr.desk.")) {
                return;
            }
            Class<?> eventType = Class.forName(type);
            if (!LiveEvent.class.isAssignableFrom(eventType)) {
                return;
            }
            updates.fanOut((LiveEvent) json.convertValue(message.get("event"), eventType));
        } catch (ClassNotFoundException | RuntimeException e) {
            LOG.warn("Ignored a live event from another node that could not be read", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        try (Connection db = dataSource.getConnection()) {
            if (!db.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres")) {
                LOG.warn("JESR_CLUSTER needs PostgreSQL (the postgres profile); live updates stay on this node");
                return;
            }
        } catch (SQLException e) {
            LOG.warn("Could not check the database for JESR_CLUSTER; live updates stay on this node", e);
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("jesr-cluster-listen").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
