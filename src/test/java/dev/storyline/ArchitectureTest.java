package dev.storyline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of "The flow of data" in DESIGN.md, checked on the compiled main classes: a stage
 * computes and does not persist, so it sees only {@code domain} (and {@code words}, the shared
 * stemmer and stop list); only the pipeline runner (and the application wiring) brings stages and
 * store together; the web reads through the store.
 */
class ArchitectureTest {
  static final String BASE = "dev.storyline";
  static final List<String> STAGES = List.of("ingest", "analyze", "cluster", "brief");

  /** What no stage may see besides the other stages. */
  static final List<String> ABOVE_STAGES =
      List.of("store", "pipeline", "feeds", "web", "app", "cli", "eval");

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  static Stream<String> stages() {
    return STAGES.stream();
  }

  @ParameterizedTest(name = "{0} sees no other stage, store, pipeline, web, app or eval")
  @MethodSource("stages")
  void aStageDependsOnlyOnDomain(String stage) {
    String[] forbidden =
        Stream.concat(STAGES.stream().filter(s -> !s.equals(stage)), ABOVE_STAGES.stream())
            .map(ArchitectureTest::pkg)
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(pkg(stage))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .because("stages never import each other, store, web or the runner (DESIGN.md)")
        .check(MAIN);
  }

  @Test
  void domainDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage(pkg("domain"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(allBut("domain"))
        .because("domain records are passed between stages and depend on nothing (DESIGN.md)")
        .check(MAIN);
  }

  @Test
  void domainDependsOnTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage(pkg("domain"))
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(BASE + ".domain..", "java..")
        .because("domain's package-info promises it depends on nothing but the JDK")
        .check(MAIN);
  }

  @Test
  void theSharedWordsDependOnTheJdkAndLuceneOnly() {
    noClasses()
        .that()
        .resideInAPackage(pkg("words"))
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            BASE + ".words..", "java..", "org.apache.lucene..", "org.tartarus.snowball..")
        .because("words is the stemmer and stop list every stage may use (words/package-info)")
        .check(MAIN);
  }

  @Test
  void webReadsThroughTheStoreNeverThroughStages() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(pkg("web"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                pkg("ingest"),
                pkg("analyze"),
                pkg("cluster"),
                pkg("brief"),
                pkg("app"),
                pkg("cli"),
                pkg("eval"))
            .because("web reads through store, never through stage internals (DESIGN.md)");
    rule.check(MAIN);
  }

  @Test
  void webCommandsFeedsOnlyThroughTheSourceService() {
    // The operator page adds, pauses and polls sources: commands, not reads. They go through the
    // feeds' one command facade, never through the poller's internals or the pipeline runner.
    noClasses()
        .that()
        .resideInAPackage(pkg("web"))
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "feeds classes other than SourceService and a poll's report",
                (JavaClass c) ->
                    c.getPackageName().startsWith("dev.storyline.feeds")
                        && !c.getName().startsWith("dev.storyline.feeds.SourceService")
                        && !c.getName().startsWith("dev.storyline.feeds.FeedPoller$Report")))
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage(pkg("pipeline"))
        .check(MAIN);
  }

  @Test
  void feedsUseIngestAndTheStoreButNoOtherStageNorTheLayersAbove() {
    noClasses()
        .that()
        .resideInAPackage(pkg("feeds"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            pkg("analyze"),
            pkg("cluster"),
            pkg("brief"),
            pkg("web"),
            pkg("app"),
            pkg("cli"),
            pkg("eval"),
            pkg("account"),
            pkg("discussion"))
        .because("feeds fetch and store articles; the pipeline does the rest (feeds/package-info)")
        .check(MAIN);
  }

  @Test
  void storeNeverDependsOnStagesWebPipelineOrApp() {
    noClasses()
        .that()
        .resideInAPackage(pkg("store"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            pkg("ingest"),
            pkg("analyze"),
            pkg("cluster"),
            pkg("brief"),
            pkg("web"),
            pkg("pipeline"),
            pkg("feeds"),
            pkg("app"),
            pkg("cli"),
            pkg("eval"),
            pkg("account"),
            pkg("discussion"))
        .because("the store depends on domain only (store/package-info.java)")
        .check(MAIN);
  }

  @Test
  void onlyThePipelineAndTheWiringCoordinateProcesses() {
    // Roles are wiring (app); claims, the clustering role and the brief queue are the pipeline's.
    // Stages, pages, feeds and discussion never take part in coordinating processes.
    noClasses()
        .that()
        .resideOutsideOfPackages(pkg("pipeline"), pkg("app"), pkg("store"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".store.work..")
        .because("processes share work through the pipeline only (store/work/package-info)")
        .check(MAIN);
  }

  @Test
  void nothingButTheCommandLineDependsOnTheApplication() {
    noClasses()
        .that()
        .resideOutsideOfPackages(pkg("app"), pkg("cli"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("app"))
        .because("app is wiring and configuration, below only the command line")
        .check(MAIN);
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage(pkg("cli"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("cli"))
        .because("cli is the top: the entry point and the commands")
        .check(MAIN);
  }

  @Test
  void discussionSeesNoStageNorThePipelineFeedsOrTheApplication() {
    noClasses()
        .that()
        .resideInAPackage(pkg("discussion"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            pkg("ingest"),
            pkg("analyze"),
            pkg("cluster"),
            pkg("brief"),
            pkg("pipeline"),
            pkg("feeds"),
            pkg("app"),
            pkg("cli"),
            pkg("eval"))
        .because("discussion reads stories through the store and learns of repairs by events")
        .check(MAIN);
  }

  @Test
  void nothingButTheApplicationKnowsDiscussion() {
    noClasses()
        .that()
        .resideOutsideOfPackages(pkg("discussion"), pkg("app"), pkg("cli"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("discussion"))
        .because(
            "the store tells discussion what a repair did through StoryRepairEvent, and the story"
                + " page gets its discussion part through an interceptor (discussion/package-info)")
        .check(MAIN);
  }

  @Test
  void accountsDependOnNoStageNorOtherFeature() {
    noClasses()
        .that()
        .resideInAPackage(pkg("account"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(allBut("account", "domain", "store", "web"))
        .because("accounts are the base of the readers' features (account/package-info)")
        .check(MAIN);
  }

  @Test
  void onlyTheReadersFeaturesAndTheApplicationKnowAccounts() {
    noClasses()
        .that()
        .resideOutsideOfPackages(pkg("account"), pkg("discussion"), pkg("app"), pkg("cli"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("account"))
        .because("stages, store, pipeline, feeds and web know nothing of readers' accounts")
        .check(MAIN);
  }

  @Test
  void thePipelineKnowsNothingOfFeeds() {
    noClasses()
        .that()
        .resideInAPackage(pkg("pipeline"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(pkg("feeds"), pkg("web"), pkg("app"), pkg("cli"), pkg("eval"))
        .because("feeds hand stored articles to the pipeline, never the other way round")
        .check(MAIN);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(MAIN);
  }

  /**
   * What ArchUnit cannot see: SQL. Discussion and accounts keep their own tables, and the store's
   * SQL names none of them (a story repair tells discussion what happened instead, see {@code
   * StoryRepairEvent}).
   */
  @Test
  void theStoresSqlNamesNoTableOfDiscussionOrAccounts() throws IOException {
    Pattern table =
        Pattern.compile(
            "\\b(story_comment|comment_report|follow|story_visit|reader_digest|account"
                + "|password_reset)\\b");
    Pattern literal = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"");
    List<String> found = new ArrayList<>();
    try (var files = Files.walk(Path.of("src/main/java/dev/storyline/store"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(f));
        while (m.find()) {
          Matcher t = table.matcher(m.group());
          if (t.find()) {
            found.add(f.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  private static String pkg(String name) {
    return BASE + "." + name + "..";
  }

  private static String[] allBut(String... names) {
    return Arrays.stream(
            new String[] {
              "domain",
              "ingest",
              "analyze",
              "cluster",
              "brief",
              "store",
              "pipeline",
              "feeds",
              "web",
              "app",
              "cli",
              "eval",
              "account",
              "discussion",
              "words"
            })
        .filter(p -> !Arrays.asList(names).contains(p))
        .map(ArchitectureTest::pkg)
        .toArray(String[]::new);
  }
}
