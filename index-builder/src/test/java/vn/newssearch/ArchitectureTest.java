package vn.newssearch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way through index-builder: {@code model <- schema <- source <- extract <- index <-
 * cli}. Source and extract sit side by side in the design; extraction reads the records a source
 * yields, so extract may use source and never the other way round.
 */
@AnalyzeClasses(packages = "vn.newssearch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule packagesReachOnlyDownwards =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("model")
          .definedBy("vn.newssearch.model..")
          .layer("schema")
          .definedBy("vn.newssearch.schema..")
          .layer("source")
          .definedBy("vn.newssearch.source..")
          .layer("extract")
          .definedBy("vn.newssearch.extract..")
          .layer("index")
          .definedBy("vn.newssearch.index..")
          .layer("cli")
          .definedBy("vn.newssearch.cli..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("index")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("extract")
          .mayOnlyBeAccessedByLayers("index", "cli")
          .whereLayer("source")
          .mayOnlyBeAccessedByLayers("extract", "index", "cli")
          .whereLayer("schema")
          .mayOnlyBeAccessedByLayers("source", "extract", "index", "cli")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers("schema", "source", "extract", "index", "cli");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("vn.newssearch.(*)..").should().beFreeOfCycles();

  /** Only the CLI reads arguments and prints; the library below it never touches picocli. */
  @ArchTest
  static final ArchRule onlyTheCliKnowsPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.newssearch.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  /** The records the server and the tools share stay plain data: no Lucene in them. */
  @ArchTest
  static final ArchRule modelKnowsNoLucene =
      noClasses()
          .that()
          .resideInAPackage("vn.newssearch.model..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");
}
