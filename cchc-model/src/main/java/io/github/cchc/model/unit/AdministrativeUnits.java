package io.github.cchc.model.unit;

import io.github.cchc.model.text.VietnameseText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A set of administrative units linked by their successors, with look-ups by id, by name on a day,
 * and from a unit to the unit that covers its territory on a later day.
 *
 * <p>{@link #provinces()} is the province-level table shipped with this library ({@code
 * provinces.csv} in this package: the 63 provinces and cities until 30 June 2025, the 34 from 1
 * July 2025, Thành phố Đồng Nai from 30 April 2026), each row with its source and confidence.
 *
 * <pre>{@code
 * AdministrativeUnits units = AdministrativeUnits.provinces();
 * units.findByName("Bình Phước", LocalDate.of(2024, 2, 22)).get().id();   // "binh-phuoc"
 * units.successorOn("binh-phuoc", LocalDate.of(2025, 9, 1)).name();       // "Tỉnh Đồng Nai"
 * units.successorOn("binh-phuoc", LocalDate.of(2026, 6, 1)).name();       // "Thành phố Đồng Nai"
 * units.predecessors("dong-nai-2025");   // [Tỉnh Đồng Nai (dong-nai), Tỉnh Bình Phước]
 * }</pre>
 */
public final class AdministrativeUnits {
  private static final String RESOURCE = "provinces.csv";

  private final Map<String, AdministrativeUnit> byId;

  private AdministrativeUnits(Map<String, AdministrativeUnit> byId) {
    this.byId = byId;
  }

  /**
   * Returns the shipped province-level table.
   *
   * @return the units
   */
  public static AdministrativeUnits provinces() {
    return Holder.PROVINCES;
  }

  private static final class Holder {
    static final AdministrativeUnits PROVINCES = load();
  }

  /**
   * Returns a set of units, for instance the shipped table plus the communes of a province.
   *
   * @param units the units; ids must be unique and successors must be among them
   * @return the set
   * @throws IllegalArgumentException on a duplicate id or an unknown successor
   */
  public static AdministrativeUnits of(Collection<AdministrativeUnit> units) {
    Map<String, AdministrativeUnit> map = new LinkedHashMap<>();
    for (AdministrativeUnit u : units) {
      if (map.put(u.id(), u) != null) {
        throw new IllegalArgumentException("duplicate unit id: " + u.id());
      }
    }
    for (AdministrativeUnit u : map.values()) {
      u.successor()
          .filter(s -> !map.containsKey(s))
          .ifPresent(
              s -> {
                throw new IllegalArgumentException(u.id() + ": unknown successor " + s);
              });
    }
    return new AdministrativeUnits(map);
  }

  /** Returns every unit, in the order given. */
  public List<AdministrativeUnit> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Returns the units valid on {@code date}.
   *
   * @param date the day
   * @return the units, in the order given
   */
  public List<AdministrativeUnit> validOn(LocalDate date) {
    return byId.values().stream().filter(u -> u.isValidOn(date)).toList();
  }

  /**
   * Returns the unit of an id.
   *
   * @param id the id
   * @return the unit
   * @throws NoSuchElementException if there is none
   */
  public AdministrativeUnit get(String id) {
    AdministrativeUnit u = byId.get(id);
    if (u == null) {
      throw new NoSuchElementException("unknown administrative unit: " + id);
    }
    return u;
  }

  /**
   * Tells whether any unit of this set, at any time, bears {@code name}, compared as {@link
   * #findByName(String, LocalDate)} compares names (case, marks, spacing and a leading "Tỉnh",
   * "Thành phố" or "TP." ignored): "Thừa Thiên Huế" and "Thành phố Hồ Chí Minh" are names of
   * provinces, "Thiên Huế" is not.
   *
   * @param name a name as a document prints it
   * @return whether a unit, valid or ended, has that name
   */
  public boolean hasName(String name) {
    String key = bare(name);
    return byId.values().stream().anyMatch(u -> bare(u.name()).equals(key));
  }

  /**
   * Finds the unit named {@code name} on {@code date}, ignoring case, diacritics and the kind
   * ("Bình Phước", "tỉnh Bình Phước", "TỈNH BÌNH PHƯỚC").
   *
   * @param name the name
   * @param date the day
   * @return the unit valid on that day, if any
   */
  public Optional<AdministrativeUnit> findByName(String name, LocalDate date) {
    String key = bare(name);
    return byId.values().stream()
        .filter(u -> u.isValidOn(date) && bare(u.name()).equals(key))
        .findFirst();
  }

  private static String bare(String name) {
    return VietnameseText.fold(name)
        .strip()
        .replaceAll("\\s+", " ")
        .replaceFirst("^(tinh|thanh pho|tp\\.?) ", "");
  }

  /**
   * Returns the unit that covers the territory of unit {@code id} on {@code date}: the unit itself
   * if valid then, else its successor, followed as far as needed.
   *
   * @param id the id of a unit
   * @param date the day
   * @return the unit valid on {@code date}
   * @throws NoSuchElementException if the unit is unknown, did not yet exist on {@code date}, or
   *     ended without a successor
   */
  public AdministrativeUnit successorOn(String id, LocalDate date) {
    AdministrativeUnit u = get(id);
    for (int guard = 0; guard <= byId.size(); guard++) {
      if (u.isValidOn(date)) {
        return u;
      }
      if (u.validFrom().isPresent() && date.isBefore(u.validFrom().get())) {
        throw new NoSuchElementException(id + " did not exist yet on " + date);
      }
      Optional<String> next = u.successor();
      if (next.isEmpty()) {
        throw new NoSuchElementException(
            u.id() + " ended on " + u.validTo().orElseThrow() + " without a successor");
      }
      u = get(next.get());
    }
    throw new IllegalStateException("cycle in successors from " + id);
  }

  /**
   * Returns the units whose successor is {@code id}.
   *
   * @param id the id
   * @return the direct predecessors, in the order given
   */
  public List<AdministrativeUnit> predecessors(String id) {
    return byId.values().stream()
        .filter(u -> u.successor().filter(id::equals).isPresent())
        .toList();
  }

  private static AdministrativeUnits load() {
    try (InputStream in = AdministrativeUnits.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + RESOURCE);
      }
      return of(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<AdministrativeUnit> parse(BufferedReader reader) throws IOException {
    List<AdministrativeUnit> units = new ArrayList<>();
    String line;
    int number = 0;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 8) {
        throw new IllegalStateException(
            RESOURCE + ": line " + number + ": 8 fields expected, found " + f.length);
      }
      AdministrativeUnitBuilder b =
          AdministrativeUnit.builder()
              .id(f[0])
              .name(VietnameseText.nfc(f[1]))
              .level(AdministrativeUnit.Level.valueOf(f[2]))
              .source(VietnameseText.nfc(f[6]))
              .confidence(f[7]);
      if (!f[3].isEmpty()) {
        b.validFrom(LocalDate.parse(f[3]));
      }
      if (!f[4].isEmpty()) {
        b.validTo(LocalDate.parse(f[4]));
      }
      if (!f[5].isEmpty()) {
        b.successor(f[5]);
      }
      units.add(b.build());
    }
    return units;
  }
}
