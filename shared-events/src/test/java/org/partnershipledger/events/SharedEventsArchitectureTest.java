package org.partnershipledger.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Shared events are read by every module and every consumer of the topic, so they depend
 * on the JDK, Jackson and themselves only: no framework leaks into the contract.
 */
class SharedEventsArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.partnershipledger.events");

	@Test
	void dependsOnlyOnTheJdkJacksonAndItself() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.partnershipledger.events..")
			.check(MAIN);
	}

	@Test
	void knowsNothingOfSpringAxonOrKafka() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.axonframework..", "org.apache.kafka..")
			.check(MAIN);
	}

	@Test
	void noPackageCycles() {
		slices().matching("org.partnershipledger.events.(*)..").should().beFreeOfCycles().check(MAIN);
	}

}
