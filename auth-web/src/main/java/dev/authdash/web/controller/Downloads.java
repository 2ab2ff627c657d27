package dev.authdash.web.controller;

import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.export.ExportStream;
import dev.authdash.web.view.Pages;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * Export downloads: the body is a {@link StreamedFile} over an {@link InputStream} that encodes
 * rows as the server reads it, and Micronaut reads it chunk by chunk on its I/O pool as the client
 * takes the bytes (chunked transfer, with back-pressure): nothing is buffered whole. ({@code
 * Writable} would be collected into one buffer first.) The answer is an attachment named with what
 * it holds and when, never stored by a cache.
 */
@Singleton
final class Downloads {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Pages pages;
  private final Clock clock;

  Downloads(Pages pages, Clock clock) {
    this.pages = pages;
    this.clock = clock;
  }

  /**
   * The export in the format asked for ({@code csv} or {@code json}), or a 400 page saying which
   * formats there are; {@code body} runs only for a known format.
   */
  HttpResponse<?> export(
      HttpRequest<?> request,
      String format,
      String what,
      Function<ExportFormat, ExportStream<?>> body) {
    ExportFormat chosen;
    try {
      chosen = ExportFormat.parse(format == null ? "" : format);
    } catch (InvalidInputException e) {
      return pages.error(
          request, HttpStatus.BAD_REQUEST, ErrorPages.BAD_REQUEST_TITLE, e.getMessage());
    }
    // The first chunk is read here: a store that is down answers with the 503 page, not with a
    // 200 whose body stops at once.
    return attachment(what, chosen, body.apply(chosen).prepared());
  }

  /** {@code what-20261127T114900Z.csv}, as an attachment, {@code Cache-Control: no-store}. */
  private HttpResponse<StreamedFile> attachment(
      String what, ExportFormat format, InputStream body) {
    MediaType type = MediaType.of(format.mediaType());
    long now = clock.millis();
    String name = what + "-" + STAMP.format(clock.instant()) + "." + format.extension();
    return HttpResponse.ok(new StreamedFile(body, type, now).attach(name))
        .contentType(type)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(HttpHeaders.EXPIRES, "0");
  }
}
