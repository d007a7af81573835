package com.wms.inventory.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: no framework, database or HTTP type may leak into it. */
@AnalyzeClasses(
    packages = "com.wms.inventory.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnlyOnTheJdkAndItself =
      classes()
          .that()
          .resideInAPackage("com.wms.inventory.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "com.wms.inventory.core..")
          .because("inventory-core may depend on the JDK only (STYLE.md, Modules)");
}
