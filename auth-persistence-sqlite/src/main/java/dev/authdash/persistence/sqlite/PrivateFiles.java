package dev.authdash.persistence.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the database private to the account that runs the app: password hashes and the audit log
 * are in it. A missing database file is created empty with mode 0600 before SQLite opens it (SQLite
 * gives its {@code -wal} and {@code -shm} files the mode of the database file), and folders made
 * for it get 0700. The modes are set explicitly after creation, so the umask cannot widen them.
 * Existing files are not changed: their mode may be the operator's choice, so they are reported.
 */
final class PrivateFiles {
  static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE);

  private PrivateFiles() {}

  /** Creates the missing folders (0700) and the database file (0600) when it does not exist. */
  static void prepare(Path databaseFile) throws IOException {
    Path file = databaseFile.toAbsolutePath();
    if (file.getParent() != null) {
      createFolders(file.getParent());
    }
    if (Files.exists(file) || !posix()) {
      return;
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
      Files.setPosixFilePermissions(file, OWNER_FILE);
    } catch (FileAlreadyExistsException raced) {
      // Another process made it first: it is an existing file now, reported like one.
    }
  }

  /**
   * The database file and its {@code -wal}/{@code -shm} companions that exist and that other
   * accounts may read or write.
   */
  static List<Path> readableByOthers(Path databaseFile) throws IOException {
    if (!posix()) {
      return List.of();
    }
    Path file = databaseFile.toAbsolutePath();
    List<Path> open = new java.util.ArrayList<>();
    for (Path p : Stream.of("", "-wal", "-shm").map(s -> Path.of(file + s)).toList()) {
      if (Files.exists(p) && Files.getPosixFilePermissions(p).stream().anyMatch(OTHERS::contains)) {
        open.add(p);
      }
    }
    return List.copyOf(open);
  }

  private static void createFolders(Path folder) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
      missing.push(p);
    }
    if (!posix()) {
      Files.createDirectories(folder);
      return;
    }
    for (Path p : missing) {
      try {
        Files.createDirectory(p, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
        Files.setPosixFilePermissions(p, OWNER_FOLDER);
      } catch (FileAlreadyExistsException raced) {
        // Made by another process meanwhile: not ours to change.
      }
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
