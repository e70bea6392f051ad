package io.github.cchc.beam;

import java.io.Serializable;

/**
 * What the first pass counts in one {@link ExportSplit}: its line feeds and double quotes. Their
 * sums over the earlier splits of a file give the line number and the quote state where a split
 * starts, so that each split is read on its own.
 */
final class SplitScan implements Serializable {
  private static final long serialVersionUID = 1L;

  final int file;
  final int index;
  final long lineFeeds;
  final long quotes;

  SplitScan(int file, int index, long lineFeeds, long quotes) {
    this.file = file;
    this.index = index;
    this.lineFeeds = lineFeeds;
    this.quotes = quotes;
  }
}
