package org.partnershipledger.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The command API is read by both apps, so it depends on the JDK, Jackson, the shared
 * events and itself only.
 */
class CommandApiArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.partnershipledger.api");

	@Test
	void dependsOnlyOnTheJdkJacksonTheSharedEventsAndItself() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "javax.crypto..", "com.fasterxml.jackson..", "org.partnershipledger.events..",
					"org.partnershipledger.api..")
			.check(MAIN);
	}

	@Test
	void noPackageCycles() {
		slices().matching("org.partnershipledger.api.(*)..").should().beFreeOfCycles().check(MAIN);
	}

}
