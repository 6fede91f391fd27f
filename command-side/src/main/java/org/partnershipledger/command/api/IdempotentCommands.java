package org.partnershipledger.command.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.identity.Identity;

/**
 * Commands sent with an {@code Idempotency-Key} header: a retry with the same key (a lost
 * response, a timeout) is answered with the first answer and not applied again; the same
 * key with another request is refused (422). The key is taken, the command applied and
 * its answer recorded in one transaction, the one that stores the command's events: the
 * command runs in a unit of work nested in this one, whose transaction it joins. A
 * concurrent request with the same key waits for that transaction and then gets the first
 * answer. A refused command records nothing, so its retry is decided again.
 */
@Component
class IdempotentCommands {

	static final String HEADER = "Idempotency-Key";

	private static final int MAX_KEY_LENGTH = 255;

	private final IdempotencyKeys keys;

	private final TransactionManager transactions;

	IdempotentCommands(IdempotencyKeys keys, TransactionManager transactions) {
		this.keys = keys;
		this.transactions = transactions;
	}

	/**
	 * The answer to a command sent with a key.
	 * @param command applies the command and answers as without a key
	 */
	ResponseEntity<String> answer(Identity identity, String key, CommandRoute.Call call, String path, byte[] body,
			Callable<ResponseEntity<String>> command) {
		checkKey(key);
		String person = identity.username();
		String hash = requestHash(call.route(), path, body);
		IdempotencyKeys.Recorded first = this.keys.find(person, key).orElse(null);
		if (first != null) {
			return replay(first, hash, key);
		}
		try {
			return inOneTransaction(() -> {
				if (!this.keys.take(person, key, call.route().name(), hash)) {
					throw new KeyTaken();
				}
				ResponseEntity<String> answer = command.call();
				this.keys.answered(person, key, answer);
				return answer;
			});
		}
		catch (KeyTaken taken) {
			return replay(
					this.keys.find(person, key)
						.orElseThrow(() -> new IllegalStateException(
								"The Idempotency-Key " + key + " was taken by a request that left no answer")),
					hash, key);
		}
	}

	private static ResponseEntity<String> replay(IdempotencyKeys.Recorded first, String hash, String key) {
		if (!first.requestHash().equals(hash)) {
			throw new IdempotencyKeyReusedException(key);
		}
		return first.replay();
	}

	private <R> R inOneTransaction(Callable<R> work) {
		UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage(HEADER));
		unitOfWork.attachTransaction(this.transactions);
		ResultMessage<R> result = unitOfWork.executeWithResult(work);
		if (result.isExceptional()) {
			Throwable failure = result.exceptionResult();
			if (failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failure instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(failure);
		}
		return result.getPayload();
	}

	private static void checkKey(String key) {
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch((c) -> c >= 0x21 && c <= 0x7e)) {
			throw new InvalidRequestException(List.of(new FieldProblem(HEADER,
					"Use 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID")));
		}
	}

	/** The route, the path with its ids and the body as sent. */
	private static String requestHash(CommandRoute route, String path, byte[] body) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update((route.name() + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	/** The key is another request's, committed since it was looked up. */
	private static final class KeyTaken extends RuntimeException {

		private KeyTaken() {
			super(null, null, false, false);
		}

	}

}
