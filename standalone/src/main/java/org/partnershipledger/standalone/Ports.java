package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free local ports. */
final class Ports {

	private Ports() {
	}

	/** The preferred port if it is free, otherwise any free port. */
	static int preferredOrFree(int preferred) {
		if (preferred > 0 && isFree(preferred)) {
			return preferred;
		}
		return free();
	}

	static int free() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			socket.setReuseAddress(true);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
