package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseDates;
import io.github.cchc.model.text.VietnameseText;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scanner behind {@link CitationExtractor} and {@link LegalReference#parse(CharSequence)}. One
 * pass over NFC text; a citation starts at a document type name at a word start ("Quyết định", "Kế
 * hoạch", "Chương trình hành động", in any case), optionally "số", then a token that parses as a
 * {@link DocumentNumber}; then optionally ", ngày" and a date, coordinated parts ("và số 38-CTr-TU
 * ngày 11/4/2018") and "của" with the issuer. Nothing else can start a citation, so ordinary
 * numbers, dates and percentages never do.
 */
final class CitationScanner {
  /** Folded words that end an issuer: the subject or a new clause starts there. */
  private static final String[] ISSUER_STOPS = {
    "ve",
    "ban hanh",
    "quy dinh",
    "mot so",
    "thuc hien",
    "huong dan",
    "phe duyet",
    "sua doi",
    "trien khai",
    "tai",
    "theo",
    "va",
    "nam",
    "giai doan",
    "dinh huong",
    "ngay",
    "so",
    "cong bo",
    "phat dong",
    "cho",
    "voi",
    "trong",
    "nham",
    "tiep tuc",
    "lien quan",
    "de",
    "kem theo"
  };

  private static final int MAX_ISSUER_WORDS = 12;

  @SuppressWarnings("unchecked")
  private static final List<Map.Entry<String, DocumentType>>[] NAMES_BY_FIRST = new List[128];

  static {
    for (Map.Entry<String, DocumentType> e : DocumentType.foldedNamesLongestFirst()) {
      char c = e.getKey().charAt(0);
      if (NAMES_BY_FIRST[c] == null) {
        NAMES_BY_FIRST[c] = new ArrayList<>();
      }
      NAMES_BY_FIRST[c].add(e);
    }
  }

  private final String text;
  private final int n;
  private int errorIndex = -1;
  private String reason = "";

  CitationScanner(String nfcText) {
    this.text = nfcText;
    this.n = nfcText.length();
  }

  int errorIndex() {
    return errorIndex;
  }

  String reason() {
    return reason;
  }

  /** One numbered part of a citation: "số 38-CTr-TU ngày 11/4/2018". */
  static final class Part {
    int start;
    int end;
    DocumentType type;
    int numberStart;
    int numberEnd;
    DocumentNumber number;
    @Nullable LocalDate date;
    int issuerStart = -1;
    int issuerEnd = -1;

    Part(DocumentType type, DocumentNumber number) {
      this.type = type;
      this.number = number;
    }
  }

  /** Every citation, in reading order. */
  List<Citation> scanAll() {
    List<Citation> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      char c = VietnameseText.foldChar(text.charAt(i));
      if (c >= 128
          || NAMES_BY_FIRST[c] == null
          || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int[] nameEnd = new int[1];
      DocumentType type = matchType(i, nameEnd);
      if (type == null) {
        i++;
        continue;
      }
      List<Part> parts = scanFrom(i, type, nameEnd[0], false);
      if (parts == null) {
        i = nameEnd[0];
        continue;
      }
      for (Part p : parts) {
        CitationBuilder b =
            Citation.builder()
                .text(text.substring(p.start, p.end))
                .start(p.start)
                .end(p.end)
                .type(p.type)
                .numberSymbol(text.substring(p.numberStart, p.numberEnd))
                .number(p.number);
        if (p.date != null) {
          b.date(p.date);
        }
        if (p.issuerStart >= 0) {
          b.issuer(text.substring(p.issuerStart, p.issuerEnd));
        }
        out.add(b.build());
      }
      i = parts.get(parts.size() - 1).end;
    }
    return out;
  }

  /** Matches a type name at {@code at}; sets {@code end[0]} past it. */
  @Nullable DocumentType matchType(int at, int[] end) {
    char c = VietnameseText.foldChar(text.charAt(at));
    if (c >= 128 || NAMES_BY_FIRST[c] == null) {
      return null;
    }
    for (Map.Entry<String, DocumentType> e : NAMES_BY_FIRST[c]) {
      String name = e.getKey();
      int stop = at + name.length();
      if (stop <= n && matchesFolded(at, name) && (stop == n || !isWordChar(text.charAt(stop)))) {
        end[0] = stop;
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Reads a citation whose type name spans {@code [start, nameEnd)}. Returns its parts, or {@code
   * null} with the error set. In strict mode a date introduced by "ngày" must be valid and no
   * coordinated parts are read.
   */
  @Nullable List<Part> scanFrom(int start, DocumentType type, int nameEnd, boolean strict) {
    List<Part> parts = new ArrayList<>();
    Part first = part(start, type, nameEnd, strict);
    if (first == null) {
      return null;
    }
    parts.add(first);
    Part last = first;
    if (!strict) {
      while (true) {
        int p = skipSpaces(last.end);
        int q;
        if (wordAt(p, "va")) {
          q = skipSpaces(p + 2);
        } else if (p < n && text.charAt(p) == ',') {
          q = skipSpaces(p + 1);
        } else {
          break;
        }
        if (!wordAt(q, "so")) {
          break;
        }
        Part next = part(q, type, q, false);
        if (next == null) {
          break;
        }
        next.start = q;
        parts.add(next);
        last = next;
      }
    }
    int p = skipSpaces(last.end);
    if (wordAt(p, "cua")) {
      int issuerStart = skipSpaces(p + 3);
      int issuerEnd = issuerEnd(issuerStart);
      if (issuerEnd > issuerStart) {
        for (Part part : parts) {
          part.issuerStart = issuerStart;
          part.issuerEnd = issuerEnd;
        }
        last.end = issuerEnd;
      }
    }
    return parts;
  }

  private @Nullable Part part(int start, DocumentType type, int after, boolean strict) {
    int p = skipSpaces(after);
    if (wordAt(p, "so")) {
      p += 2;
      if (p < n && text.charAt(p) == ':') {
        p++;
      }
      p = skipSpaces(p);
    }
    int numberStart = p;
    int q = p;
    while (q < n && !isTokenEnd(text.charAt(q))) {
      q++;
    }
    while (q > p && (text.charAt(q - 1) == '.' || text.charAt(q - 1) == ':')) {
      q--;
    }
    if (q == p || !(isDigit(text.charAt(p)) || (strict && text.charAt(p) == '/'))) {
      fail(p, "document number expected after \"" + text.substring(start, after) + "\"");
      return null;
    }
    NumberParser parser = new NumberParser(text, p, q);
    DocumentNumber number = parser.parse();
    if (number == null) {
      fail(parser.errorIndex(), parser.reason());
      return null;
    }
    Part part = new Part(type, number);
    part.start = start;
    part.numberStart = numberStart;
    part.numberEnd = q;
    part.end = q;
    int d = q < n && text.charAt(q) == ',' ? q + 1 : q;
    d = skipSpaces(d);
    if (wordAt(d, "ngay")) {
      ParsePosition pos = new ParsePosition(d);
      LocalDate date = VietnameseDates.parse(text, pos);
      if (date != null) {
        part.date = date;
        part.end = pos.getIndex();
      } else if (strict) {
        ParsePosition again = new ParsePosition(d);
        VietnameseDates.parse(text, again);
        fail(again.getErrorIndex(), "invalid date after the number");
        return null;
      }
    }
    return part;
  }

  private int issuerEnd(int start) {
    int end = start;
    int words = 0;
    int q = start;
    while (q < n && words < MAX_ISSUER_WORDS) {
      char c = text.charAt(q);
      if (c == '\n' || c == '\r' || isIssuerPunctuation(c)) {
        break;
      }
      if (Character.isWhitespace(c)) {
        q++;
        continue;
      }
      if (words > 0 && stopAt(q)) {
        break;
      }
      int w = q;
      while (w < n
          && !Character.isWhitespace(text.charAt(w))
          && !isIssuerPunctuation(text.charAt(w))) {
        w++;
      }
      if (!Character.isLetter(c)) {
        break;
      }
      words++;
      end = w;
      q = w;
    }
    return end;
  }

  private boolean stopAt(int q) {
    for (String stop : ISSUER_STOPS) {
      if (wordAt(q, stop)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIssuerPunctuation(char c) {
    return switch (c) {
      case ',', ';', ':', '.', '(', ')', '[', ']', '"', '“', '”', '/', '–' -> true;
      default -> false;
    };
  }

  private static boolean isTokenEnd(char c) {
    return Character.isWhitespace(c)
        || switch (c) {
          case ',', ';', '(', ')', '[', ']', '"', '“', '”' -> true;
          default -> false;
        };
  }

  /** A folded word (or words) at {@code at}, not followed by a letter or digit. */
  boolean wordAt(int at, String folded) {
    int stop = at + folded.length();
    return stop <= n && matchesFolded(at, folded) && (stop == n || !isWordChar(text.charAt(stop)));
  }

  private boolean matchesFolded(int at, String folded) {
    for (int k = 0; k < folded.length(); k++) {
      char want = folded.charAt(k);
      char have = text.charAt(at + k);
      if (want == ' ') {
        if (!Character.isWhitespace(have)) {
          return false;
        }
      } else if (VietnameseText.foldChar(have) != want) {
        return false;
      }
    }
    return true;
  }

  int skipSpaces(int p) {
    while (p < n
        && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\u00a0')) {
      p++;
    }
    return p;
  }

  private void fail(int at, String why) {
    errorIndex = at;
    reason = why;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
