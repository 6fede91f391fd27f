package org.partnershipledger.audit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * A verifier must run anywhere, away from the ledger, so tamper evidence depends on the
 * JDK, Jackson, Bouncy Castle's Ed25519 arithmetic (faster than the JDK's, same
 * signatures), the shared events and itself only.
 */
class LedgerAuditArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.partnershipledger.audit");

	@Test
	void dependsOnlyOnTheJdkJacksonEd25519TheSharedEventsAndItself() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "javax.crypto..", "com.fasterxml.jackson..",
					"org.bouncycastle.math.ec.rfc8032..", "org.partnershipledger.events..",
					"org.partnershipledger.audit..")
			.check(MAIN);
	}

}
