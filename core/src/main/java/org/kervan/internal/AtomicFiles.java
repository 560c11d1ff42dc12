package org.kervan.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files written whole or not at all: text goes to a temporary file beside the target, which is
 * moved over the target only once everything was written. A failure (a bad character, a full
 * disk) deletes the temporary file and leaves the target as it was. Not part of the API.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Starts writing a UTF-8 file. The encoder reports unmappable input instead of replacing it.
   *
   * @param target the file to replace or create
   * @return the staged file; {@link Staged#commit()} it, and close it in every case
   * @throws IOException if the temporary file cannot be created (nothing is left behind then)
   */
  public static Staged stage(Path target) throws IOException {
    checkNotNull(target, "target");
    Path absolute = target.toAbsolutePath();
    // Not Files.createTempFile: its owner-only permissions would replace the file's usual ones.
    Path temp =
        absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    return new Staged(
        absolute,
        temp,
        Files.newBufferedWriter(
            temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  /** A file being written to a temporary file. Not thread-safe. */
  public static final class Staged implements Closeable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private Staged(Path target, Path temp, Writer writer) {
      this.target = target;
      this.temp = temp;
      this.writer = writer;
    }

    /**
     * Returns where the text goes.
     *
     * @return the writer of the temporary file
     */
    public Writer writer() {
      return writer;
    }

    /**
     * Closes the temporary file and moves it over the target, atomically where the file system
     * can.
     *
     * @throws IOException if the file cannot be closed or moved
     */
    public void commit() throws IOException {
      writer.close();
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    }

    /**
     * Deletes the temporary file unless it was committed.
     *
     * @throws IOException if the temporary file cannot be closed or deleted
     */
    @Override
    public void close() throws IOException {
      if (committed) {
        return;
      }
      try {
        writer.close();
      } catch (IOException e) {
        // The text is being thrown away; a failure to flush it does not matter.
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
