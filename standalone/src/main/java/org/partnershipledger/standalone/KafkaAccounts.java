package org.partnershipledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The broker's accounts and their passwords, made on the first start and kept in the
 * broker's directory as {@value #NAME} (readable by its owner only): the broker's own
 * super user (inter-broker, the controller, the launcher and its tools), the command side
 * (the only one that may write the topic) and the web app (the only one that may read it,
 * as its consumer group).
 */
record KafkaAccounts(String adminPassword, String commandSidePassword, String webAppPassword) {

	static final String NAME = "credentials.properties";

	static final String ADMIN = "ledger-admin";

	static final String COMMAND_SIDE = "command-side";

	static final String WEB_APP = "web-app";

	/** The accounts kept in the broker's directory, made first if there are none. */
	static KafkaAccounts in(Path kafkaDirectory) throws IOException {
		Path file = kafkaDirectory.resolve(NAME);
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
		}
		boolean missing = false;
		for (String user : List.of(ADMIN, COMMAND_SIDE, WEB_APP)) {
			if (properties.getProperty(user) == null) {
				properties.setProperty(user, newPassword());
				missing = true;
			}
		}
		if (missing) {
			Files.createDirectories(kafkaDirectory);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			properties.store(out, "The Kafka accounts' passwords (SCRAM-SHA-512), made by the launcher");
			PrivateFiles.write(file, out.toByteArray());
		}
		return new KafkaAccounts(properties.getProperty(ADMIN), properties.getProperty(COMMAND_SIDE),
				properties.getProperty(WEB_APP));
	}

	KafkaLogin admin(String bootstrapServers) {
		return new KafkaLogin(bootstrapServers, ADMIN, this.adminPassword);
	}

	KafkaLogin commandSide(String bootstrapServers) {
		return new KafkaLogin(bootstrapServers, COMMAND_SIDE, this.commandSidePassword);
	}

	KafkaLogin webApp(String bootstrapServers) {
		return new KafkaLogin(bootstrapServers, WEB_APP, this.webAppPassword);
	}

	private static String newPassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "KafkaAccounts[" + ADMIN + ", " + COMMAND_SIDE + ", " + WEB_APP + "]";
	}

}
