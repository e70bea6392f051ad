package io.github.cchc.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.model.document.Citation;
import io.github.cchc.model.document.CitationExtractor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cchc citations FILE}: every legal reference of a plan, one JSON object per line, in
 * reading order.
 */
@Command(
    name = "citations",
    mixinStandardHelpOptions = true,
    description = {
      "Print every legal reference (citation) of a plan's text, body and footnotes, one JSON"
          + " object per line in reading order:",
      "{\"text\": exact span, \"start\": char offset, \"end\": char offset, \"type\": full"
          + " Vietnamese type name, \"numberSymbol\": as written, \"date\": ISO date or null,"
          + " \"issuer\": as written after \"của\" or null}",
      "Offsets count UTF-16 characters of the NFC-normalised text (for NFC files, the file"
          + " itself; a byte-order mark is not counted)."
    })
final class CitationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description =
          "The document: .txt (UTF-8), .md (Markdown), .docx, .doc, .pdf or a saved web page (.html).")
  Path file;

  @Override
  public Integer call() throws Exception {
    String text = PlanFiles.text(file, spec.commandLine().getErr());
    ObjectMapper mapper = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    for (Citation c : CitationExtractor.extract(text)) {
      ObjectNode node = mapper.createObjectNode();
      node.put("text", c.text());
      node.put("start", c.start());
      node.put("end", c.end());
      node.put("type", c.type().fullName());
      node.put("numberSymbol", c.numberSymbol());
      node.put("date", c.date().map(Object::toString).orElse(null));
      node.put("issuer", c.issuer().orElse(null));
      out.println(mapper.writeValueAsString(node));
    }
    out.flush();
    return Cchc.OK;
  }
}
