package io.github.cchc.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.document.DocumentHeader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A plan (Kế hoạch) as data: its header (number, place and date, signature, recipients), title and
 * year, purposes and requirements, numbered sections, targets, tasks with their assignments (from
 * the appendix table), funding, who reports what and when, and every part that could not be read.
 *
 * <pre>{@code
 * Plan plan = PlanReader.read(Path.of("examples/data/plans/sample-kh-cchc-2024.docx"));
 * plan.title();                       // Optional[Kế hoạch cải cách hành chính năm 2024 ...]
 * plan.targets().size();              // the chỉ tiêu, with indicator ids where recognised
 * plan.tasks().get(0).assignment();   // lead unit, coordinating units, product, deadline
 * plan.problems();                    // appendix rows that could not be read, with row and reason
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = PlanBuilder.class)
public abstract class Plan {
  Plan() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static PlanBuilder builder() {
    return new PlanBuilder();
  }

  /** Returns the name of the file the plan was read from, if read from a file. */
  public abstract Optional<String> file();

  /**
   * Returns the header and foot of the document (type, number, place and date, title, signature,
   * recipients), as {@link DocumentHeader#read(CharSequence)} reads them.
   */
  public abstract Optional<DocumentHeader> header();

  /**
   * Tells whether the text is a web article about the plan rather than the plan itself (its targets
   * are still read; its header fields are the article's).
   */
  @Value.Default
  public boolean article() {
    return false;
  }

  /**
   * Tells whether the document is a plan (Kế hoạch) or an article about one; false for any other
   * document read with {@link PlanReader#readAny(java.nio.file.Path)}: a Quyết định, a Chỉ thị, a
   * Báo cáo, a news page. Such a document has its header and its targets, and no sections, tasks,
   * purposes or reporting duties.
   */
  @Value.Default
  public boolean planDocument() {
    return true;
  }

  /** Says what the document is when it is not a plan ("a Chỉ thị, not a Kế hoạch"). */
  public abstract Optional<String> notAPlan();

  /** Returns the title (trích yếu), if found. */
  public abstract Optional<String> title();

  /** Returns the year the plan is for ("năm 2024" in its title), if found. */
  public abstract OptionalInt year();

  /** Returns the purposes (mục đích), one per paragraph. */
  public abstract List<String> purposes();

  /** Returns the requirements (yêu cầu), one per paragraph. */
  public abstract List<String> requirements();

  /** Returns the numbered sections in document order (all levels, flat). */
  public abstract List<PlanSection> sections();

  /** Returns the targets (chỉ tiêu) in document order. */
  public abstract List<Target> targets();

  /** Returns the tasks in document order, from the appendix table(s). */
  public abstract List<Task> tasks();

  /** Returns the paragraphs about funding (kinh phí). */
  public abstract List<String> funding();

  /** Returns who reports what and when, from the organisation of implementation. */
  public abstract List<ReportingDuty> reporting();

  /** Returns the parts that could not be read: never dropped silently. */
  public abstract List<PlanProblem> problems();

  /**
   * Returns the legal references the document cites (căn cứ, văn bản dẫn chiếu), in text order:
   * what {@link io.github.cchc.model.document.CitationExtractor#extract(CharSequence)} finds in its
   * text ({@link PlanReader#text(java.nio.file.Path)}), without reading the file a second time.
   */
  public abstract List<io.github.cchc.model.document.Citation> references();
}
