package io.github.cchc.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.UnreadPart;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanReadException;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.text.DiagnosticText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cchc targets FILE}: the targets (chỉ tiêu) of a plan, one JSON object per line. */
@Command(
    name = "targets",
    mixinStandardHelpOptions = true,
    description = {
      "Read the targets (chỉ tiêu) of a plan or any document (.txt in UTF-8, .md, .docx, .doc, .pdf or .html) and print one JSON object"
          + " per target per line: {\"text\", \"subject\", \"comparator\":"
          + " \"GT|GE|EQ|LT|LE|IMPROVE|RANK_WITHIN\", \"value\": decimal string or null, \"unit\":"
          + " \"%%\"|\"rank\"|null, \"baseYear\": integer or null}.",
      "Of a plan, the targets of its body (not of its appendix table of tasks); of any other"
          + " text, every target sentence.",
      "A part of the header that is there but cannot be read (a \"Số:\" line, a date line,"
          + " a signature block) does not refuse the file: it is named on standard error"
          + " (FILE: part at OFFSET: reason (left out)) and the targets are read."
    })
final class TargetsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description =
          "A plan or any document: .txt (UTF-8), .md (Markdown), .docx, .doc, .pdf or a saved web"
              + " page (.html).")
  Path file;

  @Override
  public Integer call() throws Exception {
    Plan plan = readPlan(file, spec.commandLine().getErr());
    List<Target> targets = plan.targets();
    PrintWriter err = spec.commandLine().getErr();
    for (UnreadPart u : plan.header().map(DocumentHeader::unread).orElse(List.of())) {
      // a part of the header that is there but could not be read: left out, the targets are read
      err.println("cchc: " + DiagnosticText.escape(file + ": " + u + " (left out)", 2000));
    }
    err.flush();
    ObjectMapper mapper = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    for (Target t : targets) {
      out.println(mapper.writeValueAsString(TargetJson.node(mapper, t)));
    }
    out.flush();
    return Cchc.OK;
  }

  private static Plan readPlan(Path file, java.io.PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      throw new InputRejectedException(file + ": no such file");
    }
    try {
      if (PlanFiles.readsAsDocument(file)) {
        return PlanReader.readAny(file);
      }
      PlanReader.TextFile text = PlanFiles.textFile(file, err);
      if (text.markdown()) {
        return PlanReader.readAny(text);
      }
      return PlanReader.readAnyText(String.valueOf(file.getFileName()), text.text());
    } catch (PlanReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
  }
}
