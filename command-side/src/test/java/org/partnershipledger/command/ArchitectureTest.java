package org.partnershipledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's dependency rules. */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.partnershipledger.command");
	}

	@Test
	void theCommandSideNeverDependsOnTheQuerySide() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.partnershipledger.query..").check(classes);
	}

	@Test
	void theAggregateKnowsNothingOfHttpOrKafka() {
		noClasses().that()
			.resideInAPackage("..command.partnership..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..command.api..", "..command.relay..", "org.springframework.web..",
					"org.springframework.kafka..", "org.apache.kafka..")
			.check(classes);
	}

	@Test
	void noPackageCycles() {
		slices().matching("org.partnershipledger.command.(*)..").should().beFreeOfCycles().check(classes);
	}

}
