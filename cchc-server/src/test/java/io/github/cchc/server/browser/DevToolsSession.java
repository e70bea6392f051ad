package io.github.cchc.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of the Chrome DevTools protocol over the JDK's own WebSocket ({@code java.net.http}),
 * attached to one page: send a command, wait for its result or for an event.
 */
public final class DevToolsSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 60;

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();

  private DevToolsSession(WebSocket socket) {
    this.socket = socket;
  }

  /** Attaches to the first page target of the browser listening on {@code port}. */
  public static DevToolsSession attach(int port) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> list =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString());
    String url = null;
    for (JsonNode target : JSON.readTree(list.body())) {
      if ("page".equals(target.path("type").asText())) {
        url = target.path("webSocketDebuggerUrl").asText();
        break;
      }
    }
    if (url == null) {
      throw new IOException("no page target in " + list.body());
    }
    DevToolsSession[] session = new DevToolsSession[1];
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create(url), new Listener(session))
            .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .join();
    session[0] = new DevToolsSession(socket);
    return session[0];
  }

  /** Registers interest in the next event of this name; call before the command that causes it. */
  public CompletableFuture<JsonNode> next(String event) {
    return awaited.computeIfAbsent(event, e -> new CompletableFuture<>());
  }

  /** Sends a command and waits for its result. */
  public JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).join();
    JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IOException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  public static ObjectNode params() {
    return JSON.createObjectNode();
  }

  private void dispatch(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
        if (reply != null) {
          reply.complete(message);
        }
      } else {
        CompletableFuture<JsonNode> waiter = awaited.remove(message.path("method").asText());
        if (waiter != null) {
          waiter.complete(message.path("params"));
        }
      }
    } catch (IOException e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS);
  }

  /** Joins the fragments of each message (a screenshot arrives in many) and dispatches it. */
  private static final class Listener implements WebSocket.Listener {
    private final DevToolsSession[] session;
    private final StringBuilder text = new StringBuilder();

    Listener(DevToolsSession[] session) {
      this.session = session;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        session[0].dispatch(message);
      }
      webSocket.request(1);
      return null;
    }
  }
}
