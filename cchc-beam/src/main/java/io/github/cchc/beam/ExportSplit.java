package io.github.cchc.beam;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A byte range of one file of an export: the records that start in {@code [start, end)} belong to
 * it. Carries what every worker needs of the file: its place in the export's order, its path and
 * name, its format and (CSV) its header line.
 */
final class ExportSplit implements Serializable {
  private static final long serialVersionUID = 1L;

  final int file;
  final String path;
  final String name;
  final boolean json;
  final @Nullable String header;
  final int index;
  final long start;
  final long end;

  ExportSplit(
      int file,
      String path,
      String name,
      boolean json,
      @Nullable String header,
      int index,
      long start,
      long end) {
    this.file = file;
    this.path = path;
    this.name = name;
    this.json = json;
    this.header = header;
    this.index = index;
    this.start = start;
    this.end = end;
  }

  @Override
  public String toString() {
    return path + "[" + start + "," + end + ")";
  }
}
