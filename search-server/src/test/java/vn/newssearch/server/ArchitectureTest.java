package vn.newssearch.server;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The server reads index-builder's contract and nothing else of it: {@code search} uses the model
 * (the records) and the schema (fields, analysis, commit data, party names), never the extractor or
 * the indexer; {@code api} is the HTTP edge over the {@code backend} seam, which {@code search}
 * (the embedded index) and {@code opensearch} (a cluster) implement.
 */
@AnalyzeClasses(
    packages = "vn.newssearch.server",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule searchUsesOnlyTheIndexContract =
      classes()
          .that()
          .resideInAPackage("vn.newssearch.server.search..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("vn.newssearch..")
                  .or(
                      resideInAnyPackage(
                          "vn.newssearch.server.search..",
                          "vn.newssearch.model..",
                          "vn.newssearch.schema..")));

  /** The seam names the search's records and nothing of either implementation but the embedded. */
  @ArchTest
  static final ArchRule backendUsesOnlySearch =
      classes()
          .that()
          .resideInAPackage("vn.newssearch.server.backend..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("vn.newssearch..")
                  .or(
                      resideInAnyPackage(
                          "vn.newssearch.server.backend..",
                          "vn.newssearch.server.search..",
                          "vn.newssearch.model..")));

  /** The cluster side: the seam, the search's records, the index contract, the cluster client. */
  @ArchTest
  static final ArchRule clusterUsesOnlyTheContracts =
      classes()
          .that()
          .resideInAPackage("vn.newssearch.server.opensearch..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("vn.newssearch..")
                  .or(
                      resideInAnyPackage(
                          "vn.newssearch.server.opensearch..",
                          "vn.newssearch.server.backend..",
                          "vn.newssearch.server.search..",
                          "vn.newssearch.model..",
                          "vn.newssearch.schema..",
                          "vn.newssearch.opensearch..")));

  /** The model is allowed too: the API writes its records with the model's JSON mapper. */
  @ArchTest
  static final ArchRule apiUsesOnlyTheSeam =
      classes()
          .that()
          .resideInAPackage("vn.newssearch.server.api..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("vn.newssearch..")
                  .or(
                      resideInAnyPackage(
                          "vn.newssearch.server.api..",
                          "vn.newssearch.server.backend..",
                          "vn.newssearch.server.search..",
                          "vn.newssearch.model..")));

  /** Handlers parse HTTP and render; the core never sees Javalin, Jetty or a servlet. */
  @ArchTest
  static final ArchRule searchKnowsNoHttp =
      noClasses()
          .that()
          .resideInAPackage("vn.newssearch.server.search..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..");

  @ArchTest
  static final ArchRule serverPackagesHaveNoCycles =
      slices().matching("vn.newssearch.server.(*)..").should().beFreeOfCycles();
}
