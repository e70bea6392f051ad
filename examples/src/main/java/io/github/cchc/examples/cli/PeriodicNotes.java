package io.github.cchc.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The texts people write into a periodic report, from a JSON file (UTF-8): per reform area what was
 * done, and the tồn tại, hạn chế and phương hướng the data cannot say.
 *
 * <pre>{@code
 * {"areas": {"Cải cách thể chế": "Rà soát 4 văn bản quy phạm pháp luật ..."},
 *  "shortcomings": ["Một số đơn vị chưa ..."],
 *  "directions": ["Tiếp tục rà soát, đơn giản hóa ..."]}
 * }</pre>
 */
record PeriodicNotes(
    Map<String, String> areas, List<String> shortcomings, List<String> directions) {
  PeriodicNotes {
    areas = areas == null ? Map.of() : Map.copyOf(areas);
    shortcomings = shortcomings == null ? List.of() : List.copyOf(shortcomings);
    directions = directions == null ? List.of() : List.copyOf(directions);
  }

  /** Reads the file; a file that is not such JSON is rejected input with line and column. */
  static PeriodicNotes read(Path file) {
    try {
      return JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build()
          .readValue(Files.readString(file, StandardCharsets.UTF_8), PeriodicNotes.class);
    } catch (JsonProcessingException e) {
      throw new InputRejectedException(
          "--notes "
              + file
              + ":"
              + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
              + ":"
              + (e.getLocation() == null ? 0 : e.getLocation().getColumnNr())
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse(""),
          e);
    } catch (IOException e) {
      throw new InputRejectedException("--notes " + file + ": cannot read: " + e, e);
    }
  }
}
