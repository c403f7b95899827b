package nl.onderstroom.base.cluster;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@link ClusterChannel} on the database every instance already shares: a message is a row of
 * {@code cluster_message}, written in the publisher's transaction; each instance reads the rows of the last
 * {@code onderstroom.cluster.window} seconds twice a second and hands those it has not seen, and that another
 * instance wrote, to its subscribers. Reading a time window rather than "ids above the last one" is what keeps a
 * row whose transaction committed late (a smaller id appearing after a larger one, or ids from several Galera nodes)
 * from being skipped. Rows older than {@code onderstroom.cluster.keep} seconds are deleted once per cluster.
 */
@Component
class DatabaseClusterChannel implements ClusterChannel {

    private static final Logger log = LoggerFactory.getLogger(DatabaseClusterChannel.class);

    /** Published in the publisher's transaction, delivered here once it commits. */
    record Published(String topic, String payload) {
    }

    private record Subscriber(String topic, Consumer<String> consumer) {
    }

    private record Row(long id, String topic, String payload, String origin, Timestamp created) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final String origin = UUID.randomUUID().toString();
    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final int windowSeconds;
    private final int keepSeconds;
    /** Ids already handled, with their creation time, kept as long as they can show up in the window. */
    private final Map<Long, Timestamp> seen = new LinkedHashMap<>();

    DatabaseClusterChannel(JdbcTemplate jdbc, ApplicationEventPublisher events,
                           @Value("${onderstroom.cluster.window:30}") int windowSeconds,
                           @Value("${onderstroom.cluster.keep:300}") int keepSeconds) {
        this.jdbc = jdbc;
        this.events = events;
        this.windowSeconds = windowSeconds;
        this.keepSeconds = Math.max(keepSeconds, windowSeconds * 2);
    }

    @Override
    public void publish(String topic, String payload) {
        Objects.requireNonNull(topic);
        Objects.requireNonNull(payload);
        if (topic.length() > 64 || payload.length() > 2000) {
            throw new IllegalArgumentException("topic or payload too long");
        }
        jdbc.update("insert into cluster_message (topic, payload, origin) values (?, ?, ?)", topic, payload, origin);
        events.publishEvent(new Published(topic, payload));
    }

    @Override
    public Subscription subscribe(String topic, Consumer<String> consumer) {
        Subscriber subscriber = new Subscriber(topic, consumer);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deliverLocally(Published message) {
        deliver(message.topic(), message.payload());
    }

    /** Runs on every instance (no cluster lock): each one reads the others' messages. */
    @Scheduled(fixedDelayString = "${onderstroom.cluster.poll-delay:500}")
    void poll() {
        List<Row> rows = jdbc.query("select id, topic, payload, origin, created_at from cluster_message "
                        + "where created_at >= timestampadd(second, ?, current_timestamp(3)) order by id",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5)),
                -windowSeconds);
        Timestamp oldest = null;
        for (Row row : rows) {
            if (oldest == null || row.created().before(oldest)) {
                oldest = row.created();
            }
            if (seen.putIfAbsent(row.id(), row.created()) == null && !origin.equals(row.origin())) {
                deliver(row.topic(), row.payload());
            }
        }
        Timestamp floor = oldest;
        // what has left the window cannot come back: forget it (the window's oldest row marks the edge)
        seen.values().removeIf(created -> floor == null || created.before(floor));
    }

    /** Deletes messages every instance has had time to read; once per cluster. */
    @Scheduled(fixedDelayString = "${onderstroom.cluster.prune-delay:60000}")
    @SchedulerLock(name = "cluster-message-prune", lockAtLeastFor = "PT10S", lockAtMostFor = "PT5M")
    void prune() {
        jdbc.update("delete from cluster_message where created_at < timestampadd(second, ?, current_timestamp(3))",
                -keepSeconds);
    }

    private void deliver(String topic, String payload) {
        for (Subscriber s : subscribers) {
            if (s.topic().equals(topic)) {
                try {
                    s.consumer().accept(payload);
                } catch (RuntimeException e) {
                    log.warn("A subscriber of {} failed: {}", topic, e.getClass().getName());
                }
            }
        }
    }
}
