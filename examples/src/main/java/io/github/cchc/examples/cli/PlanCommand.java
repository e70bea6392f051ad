package io.github.cchc.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.model.document.DocumentHeader;
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
          + " title, signature {authority, onBehalfOf, title, name}, recipients, archive,"
          + " article (true when the text is a web article about a plan), publishedOn,"
          + " bodyStart, bodyEnd. Missing fields are null."
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The plan's text, UTF-8.")
  Path file;

  @Override
  public Integer call() throws Exception {
    String text = PlanFiles.read(file);
    DocumentHeader header = DocumentHeader.read(text);
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    ObjectNode node = mapper.valueToTree(header);
    PrintWriter out = spec.commandLine().getOut();
    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    out.flush();
    return Cchc.OK;
  }
}
