package io.github.cchc.model.plan;

import io.github.cchc.model.text.Tcvn3;
import io.github.cchc.model.text.Vni;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The legacy encoding of a text file whose bytes are not UTF-8: a {@code .txt} exported by an old
 * system or saved by Notepad or Word as "Vietnamese (Windows)" rather than as Unicode. The class of
 * cases is every Vietnamese text in a single-byte encoding, told apart by what its high bytes do:
 *
 * <ul>
 *   <li><b>Windows-1258</b> (Word's and Notepad's "Vietnamese (Windows)"): ă â ê ô ơ ư đ are single
 *       bytes and the five tones are combining marks after their vowel (0xCC grave, 0xEC acute,
 *       0xDE tilde, 0xD2 hook above, 0xF2 dot below: the "bad byte 0xD2" of such a file read as
 *       UTF-8). Decoded with the JDK's {@code windows-1258} and composed to NFC.
 *   <li><b>VNI</b> and <b>TCVN3</b> (ABC): the bytes of the archives' fonts ({@link Vni}, {@link
 *       Tcvn3}), whose marks are Latin-1 letters; read byte for byte as Latin-1 and converted as a
 *       copy of such text is.
 * </ul>
 *
 * <p>Windows-1258 is assumed only when at least {@link #MIN_MARKS} tone bytes follow a vowel and
 * more than four times as many as follow anything else: in TCVN3 or VNI the same bytes are letters
 * (è, ề, ị, ỡ, ũ in TCVN3; ì, ò, Ò in VNI) that stand after consonants ("ngh" + 0xDE is "nghị" in
 * TCVN3). When none of the three is likely, nothing is assumed.
 */
enum LegacyText {
  /** Windows-1258, Vietnamese (Windows). */
  WINDOWS_1258("Windows-1258"),
  /** VNI, as typed with the VNI fonts. */
  VNI("VNI"),
  /** TCVN3 (ABC, TCVN 5712:1993), as typed with the .Vn fonts. */
  TCVN3("TCVN3 (ABC)");

  /** The fewest tone marks after vowels that make a text Windows-1258. */
  static final int MIN_MARKS = 3;

  private final String label;

  LegacyText(String label) {
    this.label = label;
  }

  /** The encoding's name as said to the user ("Windows-1258", "TCVN3 (ABC)"). */
  String label() {
    return label;
  }

  /**
   * Whether {@code bytes} are well-formed UTF-8 (the test that comes before any legacy encoding is
   * assumed, for a text file as for a web page declaring no charset).
   *
   * @param bytes the bytes of a text
   * @return true when they decode as UTF-8 without a malformed or unmappable sequence
   */
  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The encoding these bytes are likely in, or null when none is.
   *
   * @param bytes the bytes of a text that is not UTF-8
   */
  static LegacyText of(byte[] bytes) {
    if (windows1258(new String(bytes, windows1258()))) {
      return WINDOWS_1258;
    }
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    if (Vni.isLikely(latin1)) {
      return VNI;
    }
    if (Tcvn3.isLikely(latin1) && tcvn3Letters(latin1) >= MIN_MARKS) {
      return TCVN3;
    }
    return null;
  }

  /**
   * The bytes as characters: Windows-1258 decoded (its tone marks still combining, for NFC to
   * compose), VNI and TCVN3 as Latin-1 characters, for {@link Vni#toUnicode} and {@link
   * Tcvn3#toUnicode} to convert.
   */
  String decode(byte[] bytes) {
    return new String(bytes, this == WINDOWS_1258 ? windows1258() : StandardCharsets.ISO_8859_1);
  }

  private static Charset windows1258() {
    return Charset.forName("windows-1258");
  }

  /**
   * The characters of 0xA1 to 0xBF after an ASCII letter: TCVN3's commonest letters (à, á, ả, ạ, ă,
   * â, ê, ô, ơ, ư, đ) are there, where a Western Latin-1 text ("Größe", "déjà", "année") has
   * punctuation only; its accented letters at 0xC0 to 0xFF alone would read as TCVN3 letters.
   */
  private static int tcvn3Letters(String latin1) {
    int n = 0;
    for (int i = 1; i < latin1.length(); i++) {
      char c = latin1.charAt(i);
      char before = latin1.charAt(i - 1);
      if (c >= 0xA1 && c <= 0xBF && (before < 0x80 && Character.isLetter(before))) {
        n++;
      }
    }
    return n;
  }

  /** Whether the decoded text has its tone marks after vowels, as Windows-1258 writes them. */
  private static boolean windows1258(String text) {
    int afterVowel = 0;
    int elsewhere = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TONES.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      if (i > 0 && VOWELS.indexOf(Character.toLowerCase(text.charAt(i - 1))) >= 0) {
        afterVowel++;
      } else {
        elsewhere++;
      }
    }
    return afterVowel >= MIN_MARKS && afterVowel > 4 * elsewhere;
  }

  /** The five tones as Windows-1258 writes them: combining grave, acute, tilde, hook, dot below. */
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  /** The vowels a tone stands on, small. */
  private static final String VOWELS = "aăâeêioôơuưy";
}
