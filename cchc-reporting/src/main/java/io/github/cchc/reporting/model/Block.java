package io.github.cchc.reporting.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One block of a {@link Section}'s body: a {@link Paragraph}, a {@link Table} or a {@link Chart}.
 * In JSON a block carries its kind in the {@code "type"} property ({@code "paragraph"}, {@code
 * "table"}, {@code "chart"}).
 *
 * <pre>{@code
 * Block block = Paragraph.of("Kết quả thực hiện các chỉ tiêu như sau:");
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
  @JsonSubTypes.Type(value = Table.class, name = "table"),
  @JsonSubTypes.Type(value = Chart.class, name = "chart")
})
public interface Block {}
