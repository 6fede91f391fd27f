package org.partnershipledger.standalone;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone system listens on this machine only unless told otherwise: the web app,
 * the command side (with its actuator), PostgreSQL and the broker each listen on the
 * loopback address alone, as the kernel's socket table says; {@code --listen} moves the
 * web app alone; files holding a password or the run file are readable by their owner
 * only.
 */
class ListenAddressEndToEndTest {

	private static final String LISTEN = "0A";

	@Test
	void everyPartListensOnTheLoopbackAddressOnly() throws IOException {
		LedgerSystem system = RunningLedger.system();
		Map<String, Integer> ports = Map.of("web app", URI.create(system.webUrl()).getPort(), "command side",
				URI.create(system.commandSideUrl()).getPort(), "PostgreSQL",
				URI.create(system.jdbcUrl(Database.VIEWS).substring("jdbc:".length())).getPort(), "Kafka",
				Integer.parseInt(system.kafkaBootstrapServers().replaceAll(".*:", "")));
		List<String> sockets = listeningSockets();
		ports.forEach((part, port) -> {
			List<String> addresses = sockets.stream()
				.filter((socket) -> socket.endsWith(":" + String.format(Locale.ROOT, "%04X", port)))
				.map((socket) -> socket.substring(0, socket.lastIndexOf(':')))
				.toList();
			System.out.println("[listen] " + part + " on port " + port + ": " + addresses);
			assertThat(addresses).as(part + " listens").isNotEmpty();
			assertThat(addresses).as(part + " listens on the loopback address only")
				.allSatisfy((address) -> assertThat(isLoopback(address)).as(address).isTrue());
		});
	}

	@Test
	void theRunFileAndSecretsAreTheOwnersOnly(@TempDir Path directory) throws IOException {
		Path runFile = Path.of("target", "e2e-data", "run", RunFile.NAME);
		RunningLedger.system();
		assertThat(Files.getPosixFilePermissions(runFile)).isEqualTo(PrivateFiles.OWNER_ONLY);

		Path secret = directory.resolve("secret");
		PrivateFiles.write(secret, "s3cret".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(Files.getPosixFilePermissions(secret)).isEqualTo(PrivateFiles.OWNER_ONLY);
		assertThat(Files.readString(secret)).isEqualTo("s3cret");
	}

	@Test
	void aListenAddressIsWhereTheWebAppIsReached() {
		assertThat(SpringApp.baseUrl(SpringApp.LOOPBACK, 8080)).isEqualTo("http://localhost:8080");
		assertThat(SpringApp.baseUrl("0.0.0.0", 8080)).isEqualTo("http://localhost:8080");
		assertThat(SpringApp.baseUrl("192.0.2.7", 8080)).isEqualTo("http://192.0.2.7:8080");
		assertThat(SpringApp.baseUrl("2001:db8::7", 8080)).isEqualTo("http://[2001:db8::7]:8080");
	}

	/** Local addresses of listening TCP sockets, as {@code HEXADDRESS:HEXPORT}. */
	private static List<String> listeningSockets() throws IOException {
		List<String> sockets = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			for (String line : Files.readAllLines(Path.of(table))) {
				String[] fields = line.strip().split("\\s+");
				if (fields.length > 3 && LISTEN.equals(fields[3])) {
					sockets.add(fields[1].toUpperCase(Locale.ROOT));
				}
			}
		}
		return sockets;
	}

	/** 127.x.x.x, ::1, or 127.x.x.x mapped into IPv6, as the kernel writes them. */
	private static boolean isLoopback(String hex) {
		if (hex.length() == 8) {
			return hex.endsWith("7F");
		}
		return hex.equals("00000000000000000000000001000000")
				|| (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
	}

}
