#!/usr/bin/env bash
# Links a runtime image (jlink) of the JDK modules, the cchc-sdk modules and a small application
# module (src/), and runs it once. Only explicit modules can be linked: the image holds
# io.github.cchc.reporting, io.github.cchc.indicators, io.github.cchc.model and what they require
# (Jackson, FastCSV, ThreeTen-Extra, OWASP Encoder, JSpecify); the optional POI, PDFBox and
# openhtmltopdf are 'requires static' and stay out.
#
#   platform-tests/jlink/build-image.sh            # builds the modules, links, runs
#   platform-tests/target/jlink/image/bin/due-date 2026-02-12 5 24/KH-SNgV
set -euo pipefail
cd "$(dirname "$0")/../.."
out=platform-tests/target/jlink
./mvnw -B -q -pl platform-tests -am package -DskipTests
rm -rf "$out"
mkdir -p "$out/mods"
# The library jars and their run-time dependencies, as listed by the platform-tests build.
tr ':' '\n' < platform-tests/target/bundles.classpath | xargs -I{} cp {} "$out/mods/"
javac -d "$out/classes" --module-path "$out/mods" $(find platform-tests/jlink/src -name '*.java')
jlink --module-path "$out/mods:$out/classes" \
  --add-modules io.github.cchc.example.jlink \
  --launcher due-date=io.github.cchc.example.jlink/io.github.cchc.example.jlink.DueDate \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/image"
"$out/image/bin/java" --list-modules | grep -v '^java\.\|^jdk\.'
du -sh "$out/image"
"$out/image/bin/due-date" 2026-02-12 5 24/KH-SNgV
