package io.github.cchc.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Collects the elements of a PCollection into memory: DirectRunner only (it runs in this JVM).
 *
 * @param <T> the element type
 */
final class Collect<T> {
  private static final Map<String, Queue<Object>> SINKS = new ConcurrentHashMap<>();

  private final String id = UUID.randomUUID().toString();

  private Collect() {
    SINKS.put(id, new ConcurrentLinkedQueue<>());
  }

  static <T> Collect<T> from(PCollection<T> items, String name) {
    Collect<T> c = new Collect<>();
    items.apply(name, ParDo.of(new Sink<T>(c.id)));
    return c;
  }

  @SuppressWarnings("unchecked")
  List<T> items() {
    List<T> out = new ArrayList<>();
    for (Object o : SINKS.get(id)) {
      out.add((T) o);
    }
    return out;
  }

  private static final class Sink<T> extends DoFn<T, Void> {
    private static final long serialVersionUID = 1L;
    private final String id;

    Sink(String id) {
      this.id = id;
    }

    @ProcessElement
    public void process(@Element T item) {
      SINKS.get(id).add(item);
    }
  }
}
