package io.github.cchc.model.document;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.DateLine;
import io.github.cchc.model.text.PartialDate;
import io.github.cchc.model.text.VietnameseDates;
import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@link DocumentHeader} from NFC text, line by line. */
final class DocumentHeaderReader {
  private static final int HEAD_LINES = 20;
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![0-9/])(\\d{1,2}/\\d{1,2}/\\d{4})(?![0-9/])");

  private final String text;
  private final List<Line> lines = new ArrayList<>();
  private int bodyStart;
  private int bodyEnd;

  /** A line: its offsets and its content without markdown bold markers, stripped. */
  private record Line(int start, int end, String content) {
    boolean blank() {
      return content.isEmpty();
    }

    String folded() {
      return VietnameseText.fold(content);
    }
  }

  DocumentHeaderReader(String nfcText) {
    this.text = nfcText;
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(new Line(start, contentEnd, clean(text.substring(start, contentEnd))));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
  }

  private static String clean(String line) {
    return line.replace("**", "").strip();
  }

  DocumentHeader read() {
    DocumentHeaderBuilder b = DocumentHeader.builder();
    bodyEnd = text.length();
    int head = headLimit();
    boolean numbered = readNumber(b, head);
    readDateLine(b, head);
    int heading = findHeading(head);
    int recipients = findRecipients(heading < 0 ? 0 : heading + 1);
    if (heading >= 0) {
      b.documentType(DocumentType.parse(lines.get(heading).content()));
      readTitle(b, heading, recipients < 0 ? lines.size() : recipients);
    }
    if (recipients >= 0) {
      readFoot(b, recipients);
    }
    if (heading < 0 && !numbered && recipients < 0) {
      readArticle(b);
    }
    return b.bodyStart(Math.min(bodyStart, bodyEnd)).bodyEnd(bodyEnd).build();
  }

  private int headLimit() {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).blank() && ++seen > HEAD_LINES) {
        return i;
      }
    }
    return lines.size();
  }

  private boolean readNumber(DocumentHeaderBuilder b, int head) {
    for (int i = 0; i < head; i++) {
      Line line = lines.get(i);
      String f = line.folded();
      if (f.startsWith("so:") || f.startsWith("so :")) {
        int colon = text.indexOf(':', line.start());
        String rest = text.substring(colon + 1, line.end());
        try {
          b.numberSymbol(DocumentNumber.parse(rest.replace("**", "")));
        } catch (CchcParseException e) {
          throw new CchcParseException(
              text, colon + 1 + e.getErrorIndex(), "number line: " + e.getReason(), e);
        }
        return true;
      }
    }
    return false;
  }

  private void readDateLine(DocumentHeaderBuilder b, int head) {
    for (int i = 0; i < head; i++) {
      Line line = lines.get(i);
      String f = line.folded();
      int comma = f.indexOf(", ngay");
      if (comma > 0 && comma <= 40 && f.contains("nam ") && !containsDigit(f, comma)) {
        int offset = text.indexOf(line.content(), line.start());
        try {
          DateLine dateLine = DateLine.parse(line.content());
          b.place(dateLine.place()).date(dateLine.date());
        } catch (CchcParseException e) {
          throw new CchcParseException(
              text, offset + e.getErrorIndex(), "date line: " + e.getReason(), e);
        }
        return;
      }
    }
  }

  private static boolean containsDigit(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private int findHeading(int head) {
    for (int i = 0; i < head; i++) {
      String c = lines.get(i).content();
      if (!c.isEmpty() && c.equals(c.toUpperCase(VietnameseText.VIETNAMESE)) && hasLetter(c)) {
        try {
          DocumentType.parse(c);
          return i;
        } catch (CchcParseException notAType) {
          // a heading in capitals that is not a type, e.g. the issuing body
        }
      }
    }
    return -1;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void readTitle(DocumentHeaderBuilder b, int heading, int limit) {
    int i = heading + 1;
    while (i < limit && lines.get(i).blank()) {
      i++;
    }
    List<String> title = new ArrayList<>();
    int end = lines.get(heading).end();
    while (i < limit && !lines.get(i).blank()) {
      title.add(lines.get(i).content());
      end = lines.get(i).end();
      i++;
    }
    if (!title.isEmpty()) {
      b.title(String.join(" ", title));
    }
    while (i < limit && lines.get(i).blank()) {
      i++;
    }
    bodyStart = i < limit ? lines.get(i).start() : Math.min(end, text.length());
  }

  private int findRecipients(int from) {
    for (int i = from; i < lines.size(); i++) {
      String f = lines.get(i).folded();
      if (f.startsWith("noi nhan")) {
        return i;
      }
    }
    return -1;
  }

  private void readFoot(DocumentHeaderBuilder b, int at) {
    bodyEnd = lines.get(at).start();
    int i = at + 1;
    while (i < lines.size()) {
      Line line = lines.get(i);
      if (line.blank()) {
        i++;
        continue;
      }
      String c = line.content();
      if (c.charAt(0) != '-' && c.charAt(0) != '+' && c.charAt(0) != '•') {
        break;
      }
      String item = trimItem(c.substring(1));
      String f = VietnameseText.fold(item);
      if (f.startsWith("luu:") || f.startsWith("luu :")) {
        for (String copy : item.substring(item.indexOf(':') + 1).split(",")) {
          String k = trimItem(copy);
          if (!k.isEmpty()) {
            b.addArchive(k);
          }
        }
      } else if (!item.isEmpty()) {
        b.addRecipient(item);
      }
      i++;
    }
    List<Line> block = nonBlank(i, lines.size());
    if (block.isEmpty()) {
      block = signatureBefore(at);
      if (!block.isEmpty()) {
        bodyEnd = block.get(0).start();
      }
    }
    if (!block.isEmpty() && looksLikeSignature(block)) {
      int start = block.get(0).start();
      int end = block.get(block.size() - 1).end();
      try {
        b.signature(Signature.parse(text.substring(start, end)));
      } catch (CchcParseException e) {
        throw new CchcParseException(
            text, start + e.getErrorIndex(), "signature: " + e.getReason(), e);
      }
    }
  }

  /** The lines between the last "./." of the body and the "Nơi nhận:" line. */
  private List<Line> signatureBefore(int at) {
    int i = at - 1;
    while (i >= 0 && !lines.get(i).content().endsWith("./.")) {
      i--;
    }
    return i < 0 ? List.of() : nonBlank(i + 1, at);
  }

  private List<Line> nonBlank(int from, int to) {
    List<Line> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!lines.get(k).blank()) {
        out.add(lines.get(k));
      }
    }
    return out;
  }

  private static boolean looksLikeSignature(List<Line> block) {
    if (block.size() > 4) {
      return false;
    }
    String first = block.get(0).content();
    return first.equals(first.toUpperCase(VietnameseText.VIETNAMESE)) && hasLetter(first);
  }

  private static String trimItem(String s) {
    String t = s.strip();
    while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(".") || t.endsWith(","))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private void readArticle(DocumentHeaderBuilder b) {
    b.article(true);
    int titleLine = -1;
    @org.jspecify.annotations.Nullable DocumentType type = null;
    for (int i = 0, seen = 0; i < lines.size() && seen < 10; i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      seen++;
      type = typeAtStart(line.folded());
      if (type != null) {
        titleLine = i;
        break;
      }
    }
    if (titleLine < 0) {
      return;
    }
    b.documentType(type).title(lines.get(titleLine).content());
    int bodyLine = titleLine + 1;
    for (int i = titleLine + 1, seen = 0; i < lines.size() && seen < 2; i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      seen++;
      Matcher m = NUMERIC_DATE.matcher(line.content());
      if (m.find()) {
        try {
          b.publishedOn(VietnameseDates.parse(m.group(1)));
          bodyLine = i + 1;
          break;
        } catch (CchcParseException notADate) {
          // not the publication date
        }
      }
    }
    while (bodyLine < lines.size() && lines.get(bodyLine).blank()) {
      bodyLine++;
    }
    bodyStart = bodyLine < lines.size() ? lines.get(bodyLine).start() : text.length();
    readSubject(b, type);
  }

  /** The document the article is about: the one it says was issued ("ban hành"). */
  private void readSubject(DocumentHeaderBuilder b, DocumentType type) {
    String folded = VietnameseText.fold(text);
    for (Citation c : CitationExtractor.extract(text)) {
      int from = Math.max(0, c.start() - 40);
      if (c.type() == type && folded.substring(from, c.start()).contains("ban hanh")) {
        b.numberSymbol(c.number());
        c.date().ifPresent(d -> b.date(PartialDate.of(d)));
        return;
      }
    }
    Pattern issued =
        Pattern.compile(
            "ngay (\\d{1,2}/\\d{1,2}/\\d{4}),[^.\\n]{0,80}?ban hanh "
                + Pattern.quote(VietnameseText.fold(type.fullName())));
    Matcher m = issued.matcher(folded);
    if (m.find()) {
      try {
        b.date(PartialDate.of(VietnameseDates.parse(m.group(1))));
      } catch (CchcParseException notADate) {
        // no date of issue
      }
    }
  }

  private static @org.jspecify.annotations.Nullable DocumentType typeAtStart(String folded) {
    for (Map.Entry<String, DocumentType> e : DocumentType.foldedNamesLongestFirst()) {
      String name = e.getKey();
      if (folded.startsWith(name)
          && folded.length() > name.length()
          && folded.charAt(name.length()) == ' ') {
        return e.getValue();
      }
    }
    return null;
  }
}
