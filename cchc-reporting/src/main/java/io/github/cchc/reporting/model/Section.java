package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A numbered part of a report's body: a heading ("I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU") and its blocks in
 * order.
 *
 * <pre>{@code
 * Section section = Section.builder()
 *     .heading("I. KẾT QUẢ THỰC HIỆN")
 *     .addBlock(Paragraph.of("Kết quả như sau:"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = SectionBuilder.class)
public abstract class Section {
  Section() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static SectionBuilder builder() {
    return new SectionBuilder();
  }

  /**
   * The heading, with its numbering as it is to be shown.
   *
   * @return the heading
   */
  public abstract String heading();

  /**
   * The paragraphs, tables and charts, in order.
   *
   * @return the blocks
   */
  public abstract List<Block> blocks();

  @Value.Check
  Section normalize() {
    return Texts.allNfc(heading())
        ? this
        : builder().heading(Texts.nfc(heading())).blocks(blocks()).build();
  }
}
