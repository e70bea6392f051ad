package io.github.cchc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanReader;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/plans}: plans uploaded as {@code .txt}, {@code .docx}, {@code .doc} or {@code .pdf},
 * read back as JSON.
 */
final class PlansApi {
  static final Set<String> TYPES = Set.of("txt", "docx", "doc", "pdf");

  private final Service service;

  PlansApi(Service service) {
    this.service = service;
  }

  void upload(Context ctx) throws IOException {
    long limit = Math.min(service.config().maxUploadBytes(), 4L * PlanReader.MAX_TEXT_LENGTH);
    Plan plan;
    String name;
    try (Uploads.Upload upload = Uploads.receive(ctx, service.tmp(), limit, TYPES)) {
      name = upload.name();
      try {
        if (upload.type().equals("txt")) {
          String text = PlanReader.decode(name, Files.readAllBytes(upload.file()));
          plan = PlanReader.readText(name, text);
        } else {
          plan = PlanReader.read(upload.file());
        }
      } catch (RuntimeException e) {
        String tmp = upload.file().getFileName().toString();
        throw ApiException.rejected(
            "input rejected: "
                + String.valueOf(e.getMessage())
                    .replace(upload.file().toString(), name)
                    .replace(tmp, name),
            e);
      }
    }
    String id = UUID.randomUUID().toString();
    service.store().insertPlan(id, name, Instant.now(), service.json().writeValueAsString(plan));
    ObjectNode body = service.json().createObjectNode();
    body.put("id", id);
    body.put("name", name);
    body.put("title", plan.title().orElse(null));
    body.put("targets", plan.targets().size());
    body.put("tasks", plan.tasks().size());
    body.put("problems", plan.problems().size());
    body.put("plan", "/api/plans/" + id);
    ctx.status(201).header("Location", "/api/plans/" + id);
    service.send(ctx, body);
  }

  void get(Context ctx) throws IOException {
    String[] row = row(ctx);
    ObjectNode body = service.json().createObjectNode();
    body.put("id", Service.id(ctx, "id"));
    body.put("name", row[1]);
    JsonNode plan = service.json().readTree(row[0]);
    body.set("plan", plan);
    service.send(ctx, body);
  }

  Plan plan(String id) throws IOException {
    String[] row =
        service.store().plan(id).orElseThrow(() -> ApiException.notFound("no plan " + id));
    return service.json().readValue(row[0], Plan.class);
  }

  String name(String id) {
    return service.store().plan(id).orElseThrow(() -> ApiException.notFound("no plan " + id))[1];
  }

  private String[] row(Context ctx) {
    String id = Service.id(ctx, "id");
    return service.store().plan(id).orElseThrow(() -> ApiException.notFound("no plan " + id));
  }
}
