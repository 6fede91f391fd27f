package org.partnershipledger.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The query side has no Axon and knows nothing of the command side's code; its feature
 * packages form no cycle, and the pages' kernel ({@code web}) knows no feature.
 */
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

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("org.partnershipledger.query.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule thePagesKernelKnowsNoFeature = noClasses().that()
		.resideInAPackage("..query.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..query.setup..", "..query.relational..", "..query.adaptations..", "..query.reviews..",
				"..query.money..", "..query.disputes..", "..query.audit..", "..query.evolution..", "..query.overview..",
				"..query.portfolio..", "..query.timeline..", "..query.history..", "..query.admin..",
				"..query.framework..", "..query.export..", "..query.rebuild..", "..query.projection..");

}
