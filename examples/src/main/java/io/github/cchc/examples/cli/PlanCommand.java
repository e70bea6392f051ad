package io.github.cchc.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.UnreadPart;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanProblem;
import io.github.cchc.model.plan.PlanReadException;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.text.DiagnosticText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cchc plan FILE}: what a plan's header and foot say, as one JSON object. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Read a plan (Kế hoạch) and print one JSON object: documentType, numberSymbol (\"/KH-SNgV\""
          + " for an unsigned draft), place, date (ISO; \"2024-02\" when the day is blank),"
          + " title, signature {authority, onBehalfOf, title, name}, signer (the name under the"
          + " signature, or the \"Người ký\" of a legal-document site's table of properties),"
          + " recipients, archive, issuingBody,"
          + " article (true when the text is a web article about a plan), publishedOn,"
          + " bodyStart, bodyEnd. Missing fields are null.",
      "Then the plan as data: targets (as `cchc targets` prints them, plus indicator and"
          + " indicators: every id the target names, \"par_index\", \"sipas\"), tasks of"
          + " the appendix table {number, content, area, group, assignment {lead, coordinating,"
          + " product, deadline, deadlineText}, source}, sections {number, title, level,"
          + " paragraphs}, and problems (appendix rows that could not be read: file, row, reason;"
          + " also on standard error). Any other document (Quyết định, Chỉ thị, Báo cáo, Đề án,"
          + " a news page) is read too: its header, its targets (goals it sets, not results it"
          + " reports), empty plan parts, plan false and notAPlan saying what it is.",
      "A date line or a signature block that is there but cannot be read does not refuse the"
          + " file: the rest is read, the part is listed in unread {part, offset, reason} and on"
          + " standard error (FILE:LINE:COLUMN: part: reason … (left out)); a malformed \"Số:\""
          + " line refuses it (exit 1)."
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description =
          "The plan or any document: .txt (UTF-8), .md (Markdown), .docx, .doc, .pdf or a saved web"
              + " page (.html).")
  Path file;

  @Override
  public Integer call() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Plan plan;
    DocumentHeader header;
    try {
      PlanReader.TextFile read =
          PlanFiles.readsAsDocument(file)
              ? null
              : PlanFiles.textFile(file, spec.commandLine().getErr());
      if (read == null) {
        plan = PlanReader.readAny(file);
        header = plan.header().orElseThrow();
      } else if (read.markdown()) {
        plan = PlanReader.readAny(read); // a .txt whose text is Markdown, read as a .md
        header = plan.header().orElseThrow();
      } else {
        String text = read.text();
        header = DocumentHeader.readLeniently(text);
        for (UnreadPart u : header.unread()) {
          if (u.part().equals("number line")) {
            // the one part that still refuses the page: a "Số:" line that is there and malformed
            throw PlanFiles.rejected(
                file, text, new CchcParseException(text, u.offset(), u.part() + ": " + u.reason()));
          }
        }
        PrintWriter err = spec.commandLine().getErr();
        for (UnreadPart u : header.unread()) {
          err.println("cchc: " + DiagnosticText.escape(PlanFiles.unread(file, text, u), 2000));
        }
        plan = PlanReader.readAnyText(String.valueOf(file.getFileName()), text);
      }
    } catch (PlanReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    ObjectNode node = mapper.valueToTree(header);
    node.put("plan", plan.planDocument());
    node.put("notAPlan", plan.notAPlan().orElse(null));
    ArrayNode targets = node.putArray("targets");
    for (Target t : plan.targets()) {
      ObjectNode n = TargetJson.node(mapper, t);
      n.put("indicator", t.indicator().orElse(null));
      ArrayNode ids = n.putArray("indicators");
      t.indicators().forEach(ids::add);
      targets.add(n);
    }
    node.set("tasks", mapper.valueToTree(plan.tasks()));
    node.set("sections", mapper.valueToTree(plan.sections()));
    ArrayNode problems = node.putArray("problems");
    PrintWriter err = spec.commandLine().getErr();
    for (PlanProblem p : plan.problems()) {
      problems.add(p.toString());
      err.println("cchc: " + DiagnosticText.escape(p.toString(), 2000));
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    out.flush();
    return Cchc.OK;
  }
}
