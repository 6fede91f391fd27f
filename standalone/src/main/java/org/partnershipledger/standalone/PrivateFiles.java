package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold a secret or say how to reach the running system (a password, the run
 * file): readable and writable by their owner only (0600), from the moment they exist.
 */
final class PrivateFiles {

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	/** Writes the file whole (a new file moved into place), owner only. */
	static void write(Path file, byte[] content) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		try (OutputStream out = Files.newOutputStream(temporary)) {
			out.write(content);
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Makes an existing file owner only (one an earlier version wrote as it was). */
	static void restrict(Path file) throws IOException {
		if (Files.exists(file) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

}
