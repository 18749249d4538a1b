package io.github.vetmobility.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the bytes go to a temporary file beside the target (same
 * directory, so same file system), which {@link #commit()} moves over the target atomically. Until
 * then the target is untouched; {@link #discard()} and a shutdown hook (Ctrl-C, SIGTERM) delete the
 * temporary file, so an interrupted run leaves no partial file.
 *
 * <p>A target that is a symbolic link is written through it (the link stays, the file it points to
 * is replaced). A target that exists but is not a regular file (a device such as {@code /dev/null},
 * a named pipe) is written directly. A target that is one of the inputs, by any name (a symbolic or
 * hard link, a path with {@code .} or {@code ..}), is refused before anything is written.
 */
final class AtomicOutput {
  /** Thrown when the target is one of the inputs. */
  static final class SameFileException extends IOException {
    private static final long serialVersionUID = 1L;

    SameFileException(String message) {
      super(message);
    }
  }

  private final Path target;
  private final Path temp;
  private final Thread hook;
  private OutputStream stream;
  private boolean done;

  private AtomicOutput(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
    this.hook = temp == null ? null : new Thread(this::interrupted, "vetmobility-output-cleanup");
    if (hook != null) {
      // The hook first, then the file: an interruption at any moment leaves no file behind.
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  /**
   * Creates the temporary file beside {@code target}.
   *
   * @param target the file to write
   * @param inputs the files the run reads ({@code -} for standard input is ignored)
   * @return the output, to write through {@link #stream()}
   * @throws SameFileException if the target is one of the inputs
   * @throws IOException if the temporary file cannot be created
   */
  static AtomicOutput create(Path target, List<String> inputs) throws IOException {
    for (String input : inputs) {
      if (!input.equals("-") && sameFile(target, Path.of(input))) {
        throw new SameFileException(
            "the output file "
                + target
                + " is also an input ("
                + input
                + "): refusing to overwrite it");
      }
    }
    Path real = target;
    if (Files.isSymbolicLink(target)) {
      // Follow the link (even a dangling one) so that the link itself stays in place.
      real = target.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(target));
      if (Files.exists(real)) {
        real = real.toRealPath();
      }
    }
    if (Files.isDirectory(real)) {
      throw new IOException(target + " is a directory");
    }
    if (Files.exists(real) && !Files.isRegularFile(real)) {
      // A device or a named pipe (/dev/null, /dev/stdout, a FIFO): written directly, as a stream.
      AtomicOutput direct = new AtomicOutput(real, null);
      direct.stream = Files.newOutputStream(real);
      return direct;
    }
    Path dir = real.toAbsolutePath().getParent();
    String name = real.getFileName().toString();
    while (true) {
      Path temp =
          dir.resolve(
              "."
                  + name
                  + "."
                  + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                  + ".tmp");
      AtomicOutput output = new AtomicOutput(real, temp);
      try {
        output.open();
        return output;
      } catch (FileAlreadyExistsException e) {
        output.removeHook(); // another name
      } catch (IOException | RuntimeException e) {
        output.removeHook();
        throw e;
      }
    }
  }

  private synchronized void open() throws IOException {
    if (done) {
      throw new IOException("interrupted");
    }
    // CREATE_NEW: never an existing file; default permissions, as the target would get.
    stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  // Same file by any name: the file system's identity (device and inode on Unix) when both exist.
  private static boolean sameFile(Path a, Path b) throws IOException {
    if (!Files.exists(a) || !Files.exists(b)) {
      return false;
    }
    try {
      return Files.isSameFile(a, b) || a.toRealPath().equals(b.toRealPath());
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Returns the stream to write; closed by {@link #commit()} or {@link #discard()}. */
  OutputStream stream() {
    return stream;
  }

  /** Returns the temporary file. */
  Path temp() {
    return temp;
  }

  /**
   * Closes the stream and moves the temporary file over the target.
   *
   * @throws IOException if the file cannot be written or moved, or the run was interrupted
   */
  synchronized void commit() throws IOException {
    if (done) {
      throw new IOException("interrupted: the report was not written");
    }
    stream.close();
    if (temp == null) {
      done = true;
      return;
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
    removeHook();
  }

  /** Deletes the temporary file, unless committed; never fails. */
  synchronized void discard() {
    deleteTemp();
    removeHook();
  }

  private synchronized void interrupted() {
    deleteTemp();
  }

  private void deleteTemp() {
    if (done) {
      return;
    }
    try {
      if (stream != null) {
        stream.close();
      }
    } catch (IOException e) {
      // deleted below all the same
    }
    try {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // nothing more can be done; the name starts with a dot and ends with .tmp
    }
    // Done only once deleted: an error on the way (out of memory) leaves the shutdown hook to try
    // again, when the memory is free.
    done = true;
  }

  private void removeHook() {
    if (hook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs, and finds nothing to do
    }
  }
}
