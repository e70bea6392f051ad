package io.github.cchc.server;

import io.javalin.http.Handler;

/**
 * One endpoint of the service: its method, its path (Javalin's {@code {param}} syntax, as in the
 * OpenAPI document), the resource whose read rule applies, and its handler.
 *
 * @param method GET or POST
 * @param path e.g. {@code /api/exports/{id}/indicators}
 * @param resource one of {@link ServerConfig#RESOURCES}, or {@code public} for what is always open
 * @param handler the handler
 */
record Route(String method, String path, String resource, Handler handler) {}
