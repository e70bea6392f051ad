package io.github.cchc.beam;

import java.io.Serializable;

/** A record whose id an earlier record (in file, then line order) already holds. */
final class Duplicate implements Serializable {
  private static final long serialVersionUID = 1L;

  final int file;
  final long offset;
  final long line;
  final String id;

  Duplicate(int file, long offset, long line, String id) {
    this.file = file;
    this.offset = offset;
    this.line = line;
    this.id = id;
  }
}
