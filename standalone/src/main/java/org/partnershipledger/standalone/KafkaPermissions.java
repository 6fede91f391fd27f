package org.partnershipledger.standalone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import org.partnershipledger.events.wire.Topics;

/**
 * Who may do what on the broker, set on every start (so a broker from before it had
 * accounts gets them): the accounts' SCRAM-SHA-512 credentials, and ACLs by which only
 * the command side may write (and create) the partnership events topic and only the web
 * app, as its consumer group {@value ViewsReadiness#GROUP}, may read it. Everything else
 * is refused ({@code allow.everyone.if.no.acl.found=false}); the broker's super user
 * needs no ACL.
 */
final class KafkaPermissions {

	private static final int SCRAM_ITERATIONS = 8192;

	private KafkaPermissions() {
	}

	/**
	 * Sets the credentials and ACLs through an admin client of the super user signed in
	 * with PLAIN ({@link #superUserByPlain}).
	 */
	static void apply(Admin admin, KafkaAccounts accounts)
			throws InterruptedException, ExecutionException, TimeoutException {
		ScramCredentialInfo scram = new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS);
		List<UserScramCredentialAlteration> users = List.of(
				new UserScramCredentialUpsertion(KafkaAccounts.ADMIN, scram, accounts.adminPassword()),
				new UserScramCredentialUpsertion(KafkaAccounts.COMMAND_SIDE, scram, accounts.commandSidePassword()),
				new UserScramCredentialUpsertion(KafkaAccounts.WEB_APP, scram, accounts.webAppPassword()));
		admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
		admin.createAcls(acls()).all().get(30, TimeUnit.SECONDS);
	}

	/** The ACLs: what the command side and the web app may do, nothing more. */
	static List<AclBinding> acls() {
		ResourcePattern topic = new ResourcePattern(ResourceType.TOPIC, Topics.PARTNERSHIP_EVENTS, PatternType.LITERAL);
		ResourcePattern group = new ResourcePattern(ResourceType.GROUP, ViewsReadiness.GROUP, PatternType.LITERAL);
		ResourcePattern cluster = new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
		List<AclBinding> acls = new ArrayList<>();
		for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE)) {
			acls.add(allow(topic, KafkaAccounts.COMMAND_SIDE, operation));
		}
		// idempotent producer: needed by brokers before 3.0 and harmless after
		acls.add(allow(cluster, KafkaAccounts.COMMAND_SIDE, AclOperation.IDEMPOTENT_WRITE));
		for (AclOperation operation : List.of(AclOperation.READ, AclOperation.DESCRIBE)) {
			acls.add(allow(topic, KafkaAccounts.WEB_APP, operation));
			acls.add(allow(group, KafkaAccounts.WEB_APP, operation));
		}
		return acls;
	}

	private static AclBinding allow(ResourcePattern pattern, String user, AclOperation operation) {
		return new AclBinding(pattern, new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
	}

	/** Broker settings: SCRAM for clients, the authorizer, and refusal without an ACL. */
	static Map<String, String> brokerSettings(KafkaAccounts accounts) {
		KafkaLogin admin = accounts.admin(null);
		return Map.ofEntries(
				Map.entry("listener.security.protocol.map", "BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT"),
				Map.entry("inter.broker.listener.name", "BROKER"),
				// the apps and tools sign in with SCRAM; the super user may also sign in
				// with PLAIN, its password in this file only: the broker itself (between
				// its listeners and to the controller, which cannot use SCRAM as its
				// credentials live in the metadata it serves) and the launcher setting
				// the SCRAM accounts, which a broker from before them does not have yet
				Map.entry("listener.name.broker.sasl.enabled.mechanisms", KafkaLogin.MECHANISM + ",PLAIN"),
				Map.entry("listener.name.broker.scram-sha-512.sasl.jaas.config",
						admin.jaasConfig("org.apache.kafka.common.security.scram.ScramLoginModule")),
				Map.entry("listener.name.broker.plain.sasl.jaas.config", plainJaasConfig(admin)),
				Map.entry("sasl.mechanism.inter.broker.protocol", "PLAIN"),
				Map.entry("listener.name.controller.sasl.enabled.mechanisms", "PLAIN"),
				Map.entry("sasl.mechanism.controller.protocol", "PLAIN"),
				Map.entry("listener.name.controller.plain.sasl.jaas.config", plainJaasConfig(admin)),
				Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
				Map.entry("allow.everyone.if.no.acl.found", "false"),
				Map.entry("super.users", "User:" + KafkaAccounts.ADMIN));
	}

	/** Client settings of the super user signing in with PLAIN. */
	static Map<String, Object> superUserByPlain(KafkaLogin admin) {
		Map<String, Object> properties = admin.clientProperties();
		properties.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
		properties.put(SaslConfigs.SASL_JAAS_CONFIG,
				admin.jaasConfig("org.apache.kafka.common.security.plain.PlainLoginModule"));
		return properties;
	}

	/** The super user's PLAIN login, both ends of it (client and the one account). */
	static String plainJaasConfig(KafkaLogin admin) {
		String login = admin.jaasConfig("org.apache.kafka.common.security.plain.PlainLoginModule");
		return login.substring(0, login.length() - 1) + " user_" + admin.username() + "=\"" + admin.password() + "\";";
	}

}
