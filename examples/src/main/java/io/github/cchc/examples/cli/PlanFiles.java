package io.github.cchc.examples.cli;

import io.github.cchc.model.text.VietnameseText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a plan's text file for the subcommands: strict UTF-8, then NFC. */
final class PlanFiles {
  private PlanFiles() {}

  /**
   * Reads {@code file} as UTF-8 and normalises it to NFC.
   *
   * @throws InputRejectedException if the file is missing, unreadable or not UTF-8
   */
  static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputRejectedException(file + ": no such file");
    } catch (IOException e) {
      throw new InputRejectedException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      return VietnameseText.nfc(text);
    } catch (CharacterCodingException e) {
      throw new InputRejectedException(file + ": not UTF-8 text (" + e.getMessage() + ")", e);
    }
  }
}
