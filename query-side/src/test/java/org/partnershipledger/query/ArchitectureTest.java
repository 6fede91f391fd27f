package org.partnershipledger.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The query side has no Axon and knows nothing of the command side's code. */
@AnalyzeClasses(packages = "org.partnershipledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule noAxon = noClasses().should().dependOnClassesThat().resideInAPackage("org.axonframework..");

	@ArchTest
	static final ArchRule noCommandSide = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("org.partnershipledger.command..");

	@ArchTest
	static final ArchRule theFoldIsPure = noClasses().that()
		.haveSimpleName("PartnershipOverview")
		.or()
		.haveSimpleName("OverviewFold")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "java.sql..");

}
