package org.partnershipledger.query.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.config.LedgerProperties;
import org.partnershipledger.query.identity.NewUser;
import org.partnershipledger.query.identity.UserDirectory;

/**
 * Creates the first administrator from LEDGER_ADMIN_USERNAME and LEDGER_ADMIN_PASSWORD if
 * that person does not exist yet. There is no default password: without both settings
 * nobody is created.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserDirectory directory;

	private final LedgerProperties properties;

	FirstAdministrator(UserDirectory directory, LedgerProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		LedgerProperties.Admin admin = this.properties.admin();
		if (admin == null || !admin.isGiven()) {
			log.info("No first administrator configured (LEDGER_ADMIN_USERNAME / LEDGER_ADMIN_PASSWORD)");
			return;
		}
		if (this.directory.userExists(admin.username())) {
			return;
		}
		this.directory
			.createUser(new NewUser(admin.username(), "Administrator", UserRole.ADMIN, null, admin.password()));
		log.info("Created the first administrator '{}'", admin.username());
	}

}
