/**
 * JSON for one {@link io.github.cchc.reporting.model.Report}: the model itself, written and read
 * back by {@link io.github.cchc.reporting.json.JsonRenderer}. The schema is documented as JSON
 * Schema (draft 2020-12) in the resource {@code io/github/cchc/reporting/json/report.schema.json}.
 */
@NullMarked
package io.github.cchc.reporting.json;

import org.jspecify.annotations.NullMarked;
