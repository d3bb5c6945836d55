package org.jesr.desk.agenda.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jesr.desk.agenda.AgendaChanged;
import org.jspecify.annotations.Nullable;

/**
 * One read per review and change, shared by every screen redrawing for that change. Screens are
 * told of a change only after it committed, so a read made then includes it. Without a change
 * (a screen opening) it always reads. Only data that is the same for everyone may be kept here;
 * what each person may see is applied after.
 */
public final class PerChange<T> {

    private record Read<T>(AgendaChanged after, T value) {}

    private final Map<Long, Read<T>> latest = new ConcurrentHashMap<>();

    public T get(long reviewId, @Nullable AgendaChanged after, Supplier<T> read) {
        if (after == null) {
            return read.get();
        }
        Read<T> known = latest.get(reviewId);
        if (known != null && known.after().equals(after)) {
            return known.value();
        }
        T value = read.get();
        latest.put(reviewId, new Read<>(after, value));
        return value;
    }
}
