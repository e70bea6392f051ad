package io.github.cchc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The packaged library jars and their run-time dependencies, installed as bundles in a real OSGi
 * framework (Apache Felix), must resolve and start, export their API packages only, and work: a
 * class loaded through the bundle parses and serialises with Jackson wired across bundles.
 */
class OsgiBundlesIT {
  @TempDir Path storage;
  private Framework framework;

  @BeforeEach
  void start() throws Exception {
    Map<String, String> config = new HashMap<>();
    config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    framework = new FrameworkFactory().newFramework(config);
    framework.start();
  }

  @AfterEach
  void stop() throws Exception {
    framework.stop();
    framework.waitForStop(10_000);
  }

  @Test
  void libraryBundlesResolveAndStartWithTheirDependenciesAsBundles() throws Exception {
    List<Bundle> installed = new ArrayList<>();
    for (Path jar : jars()) {
      if (isBundle(jar)) {
        installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
      }
    }
    for (Bundle bundle : installed) {
      // Throws a BundleException that names the missing requirement if it does not resolve.
      if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
        bundle.start();
      }
    }
    for (String name :
        List.of("io.github.cchc.model", "io.github.cchc.indicators", "io.github.cchc.reporting")) {
      assertThat(bundle(name).getState()).as(name).isEqualTo(Bundle.ACTIVE);
    }
  }

  @Test
  void eachLibraryBundleExportsItsApiPackagesAndNothingElse() throws Exception {
    installAndStartAll();
    assertThat(exports("io.github.cchc.model"))
        .containsExactlyInAnyOrder(
            "io.github.cchc.model",
            "io.github.cchc.model.document",
            "io.github.cchc.model.dossier",
            "io.github.cchc.model.jackson",
            "io.github.cchc.model.plan",
            "io.github.cchc.model.quantity",
            "io.github.cchc.model.text",
            "io.github.cchc.model.unit");
    assertThat(exports("io.github.cchc.indicators"))
        .allMatch(p -> p.startsWith("io.github.cchc.indicators."))
        .contains("io.github.cchc.indicators.calendar", "io.github.cchc.indicators.tally");
    assertThat(exports("io.github.cchc.reporting"))
        .allMatch(p -> p.startsWith("io.github.cchc.reporting"))
        .contains("io.github.cchc.reporting.model", "io.github.cchc.reporting.html");
  }

  @Test
  void classesLoadedThroughTheBundlesWorkWithJacksonWiredAcrossBundles() throws Exception {
    installAndStartAll();
    Bundle model = bundle("io.github.cchc.model");
    Class<?> number = model.loadClass("io.github.cchc.model.document.DocumentNumber");
    assertThat(number.getClassLoader()).isInstanceOf(BundleReference.class);
    Object parsed = number.getMethod("parse", CharSequence.class).invoke(null, "24/KH-SNgV");

    Class<?> mapperType = model.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
    assertThat(((BundleReference) mapperType.getClassLoader()).getBundle().getSymbolicName())
        .isEqualTo("com.fasterxml.jackson.core.jackson-databind");
    Object mapper = mapperType.getConstructor().newInstance();
    Class<?> moduleType = model.loadClass("com.fasterxml.jackson.databind.Module");
    Object cchcModule =
        model.loadClass("io.github.cchc.model.jackson.CchcModule").getConstructor().newInstance();
    mapperType.getMethod("registerModule", moduleType).invoke(mapper, cchcModule);
    String json =
        (String) mapperType.getMethod("writeValueAsString", Object.class).invoke(mapper, parsed);
    assertThat(json).isEqualTo("\"24/KH-SNgV\"");
    Object read =
        mapperType.getMethod("readValue", String.class, Class.class).invoke(mapper, json, number);
    assertThat(read).isEqualTo(parsed);
  }

  private void installAndStartAll() throws Exception {
    for (Path jar : jars()) {
      if (isBundle(jar)) {
        framework.getBundleContext().installBundle(jar.toUri().toString());
      }
    }
    for (Bundle bundle : framework.getBundleContext().getBundles()) {
      if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
        bundle.start();
      }
    }
  }

  private List<String> exports(String symbolicName) {
    BundleWiring wiring = bundle(symbolicName).adapt(BundleWiring.class);
    return wiring.getCapabilities(BundleRevision.PACKAGE_NAMESPACE).stream()
        .map(BundleCapability::getAttributes)
        .map(a -> (String) a.get(BundleRevision.PACKAGE_NAMESPACE))
        .collect(Collectors.toList());
  }

  private Bundle bundle(String symbolicName) {
    return Stream.of(framework.getBundleContext().getBundles())
        .filter(b -> symbolicName.equals(b.getSymbolicName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
  }

  private static List<Path> jars() throws IOException {
    Path list = Path.of(System.getProperty("cchc.bundles", "target/bundles.classpath"));
    List<Path> jars =
        Stream.of(Files.readString(list).trim().split(File.pathSeparator))
            .map(Path::of)
            .filter(p -> p.toString().endsWith(".jar"))
            .toList();
    assertThat(jars).as("jars in " + list).isNotEmpty();
    return jars;
  }

  private static boolean isBundle(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest() != null
          && file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
    }
  }
}
