/** An application module on cchc-sdk, linked by jlink into a runtime image of its own. */
module io.github.cchc.example.jlink {
  requires io.github.cchc.reporting;
}
