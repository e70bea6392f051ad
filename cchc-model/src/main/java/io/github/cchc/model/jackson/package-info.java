/**
 * Jackson integration: {@link io.github.cchc.model.jackson.CchcModule}, found by {@code
 * ObjectMapper.findAndRegisterModules()} through {@code ServiceLoader}.
 */
@NullMarked
package io.github.cchc.model.jackson;

import org.jspecify.annotations.NullMarked;
