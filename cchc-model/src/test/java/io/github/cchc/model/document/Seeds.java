package io.github.cchc.model.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The five seed documents, copied unchanged to src/test/resources/seeds. */
final class Seeds {
  static final String PLAN_24_KH_SNGV = "seed-000-sngv-binh-phuoc-24-kh-2024.txt";
  static final String ARTICLE_BINH_PHUOC = "seed-001-binh-phuoc-cchc-2024-article.txt";
  static final String PLAN_SNN_NO_NUMBER = "seed-002-snn-par-index-sipas-2024.txt";
  static final String ARTICLE_TIEN_GIANG = "seed-003-sngv-tien-giang-2021-article.txt";
  static final String DRAFT_KIEN_GIANG = "seed-004-sngv-kien-giang-draft-2024.txt";

  private Seeds() {}

  static String read(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /seeds/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
