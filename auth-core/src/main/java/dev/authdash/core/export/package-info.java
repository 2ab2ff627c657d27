/**
 * Exports of users and of the audit log as CSV or JSON, shared by the dashboard and the CLI: the
 * formats ({@link dev.authdash.core.export.Csv}, {@link dev.authdash.core.export.Json}), the
 * columns of each kind ({@link dev.authdash.core.export.ExportColumns}, never a hash or secret) and
 * {@link dev.authdash.core.export.ExportStream}, which encodes rows only as its reader asks for
 * bytes, so an export of any size holds a few rows in memory.
 */
package dev.authdash.core.export;
