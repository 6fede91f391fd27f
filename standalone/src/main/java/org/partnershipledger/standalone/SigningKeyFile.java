package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;

import org.partnershipledger.audit.InstanceKeys;

/**
 * The ledger's Ed25519 signing key on one machine: made on the first start and kept in
 * the data directory as {@value #NAME} (base64 PKCS#8, readable by its owner only), never
 * in the database. The command side signs envelopes, chain links and checkpoints with it;
 * the web app and auditors check them with its public half.
 */
final class SigningKeyFile {

	static final String NAME = "signing-key";

	private SigningKeyFile() {
	}

	/** The key pair kept in the data directory, made first if there is none. */
	static KeyPair in(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(NAME);
		if (!Files.exists(file)) {
			Files.createDirectories(dataDirectory);
			String key = InstanceKeys.encode(InstanceKeys.generate().getPrivate());
			try {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.writeString(file, key);
			}
			catch (FileAlreadyExistsException ex) {
				// made meanwhile by another start: read that one
			}
		}
		try {
			return InstanceKeys.fromPrivateKey(Files.readString(file));
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("The signing key " + file + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** The public key of the key pair kept in the data directory (base64 X.509). */
	static String publicKey(Path dataDirectory) throws IOException {
		return InstanceKeys.encode(in(dataDirectory).getPublic());
	}

}
