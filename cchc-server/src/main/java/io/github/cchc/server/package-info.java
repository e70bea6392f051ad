/**
 * cchc-server: the library as a service next to any portal (.NET, PHP, Java) — REST with an OpenAPI
 * document, its state in a database, an embeddable report element. Start it with {@link
 * io.github.cchc.server.CchcServer#start(ServerConfig)} or {@code cchc serve}.
 */
@NullMarked
package io.github.cchc.server;

import org.jspecify.annotations.NullMarked;
