package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnershipledger.audit.InstanceKeys;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyFileTest {

	@TempDir
	Path data;

	@Test
	void theKeyIsMadeOnceIntoAFileOnlyItsOwnerCanReadAndKeptAcrossStarts() throws IOException {
		KeyPair first = SigningKeyFile.in(this.data);
		KeyPair second = SigningKeyFile.in(this.data);

		Path file = this.data.resolve(SigningKeyFile.NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(InstanceKeys.encode(second.getPrivate())).isEqualTo(InstanceKeys.encode(first.getPrivate()));
		assertThat(SigningKeyFile.publicKey(this.data)).isEqualTo(InstanceKeys.encode(first.getPublic()));
	}

}
