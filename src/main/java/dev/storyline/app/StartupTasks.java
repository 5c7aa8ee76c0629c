package dev.storyline.app;

import dev.storyline.pipeline.PipelineRunner;
import dev.storyline.pipeline.Progress;
import dev.storyline.store.OutletFile;
import dev.storyline.store.OutletRepository;
import dev.storyline.store.StoryRepository;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Work done once the application has started: finish pipeline work an interrupted run left pending,
 * and import the sample corpus on the first start of an empty installation (remembered in the
 * store, so a second start imports nothing).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
    name = "storyline.work.enabled",
    havingValue = "true",
    matchIfMissing = true)
class StartupTasks implements ApplicationRunner {
  static final String SAMPLE_IMPORTED = "sample_imported";

  /** The invented outlets of the sample corpus, with invented leans and topics. */
  static final String SAMPLE_OUTLETS = "classpath:sample/outlets.yml";

  private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

  private final StorylineProperties props;
  private final PipelineRunner runner;
  private final StoryRepository stories;
  private final ResourceLoader resources;
  private final OutletRepository outlets;

  StartupTasks(
      StorylineProperties props,
      PipelineRunner runner,
      StoryRepository stories,
      ResourceLoader resources,
      OutletRepository outlets) {
    this.props = props;
    this.runner = runner;
    this.stories = stories;
    this.resources = resources;
    this.outlets = outlets;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (props.sample().importOnStart() && stories.state(SAMPLE_IMPORTED).isEmpty()) {
      Resource described = resources.getResource(SAMPLE_OUTLETS);
      if (described.exists() && outlets.all().isEmpty()) {
        try (InputStream in = described.getInputStream()) {
          outlets.saveAll(OutletFile.read(in, OutletFile.Format.YAML));
        }
      }
      Resource sample = resources.getResource(props.sample().resource());
      log.info("importing the sample corpus resource={}", props.sample().resource());
      PipelineRunner.ImportReport report = new PipelineRunner.ImportReport();
      try (InputStream in = sample.getInputStream()) {
        runner.importStream(props.sample().resource(), in, report);
      }
      stories.state(SAMPLE_IMPORTED, report.toString());
      log.info("sample corpus stored: {}", report);
      // the service says it is running once the sample's pages exist, whichever thread or
      // process holds the clustering role (a background worker may take the articles over)
      runner.processUntilSettled(Progress.console());
      return;
    }
    runner.process(Progress.console());
    // pages stored by an earlier version of the writer: written again in the background (the
    // pipeline worker), the stored pages served meanwhile
    int outdated = runner.requestOutdatedBriefs();
    if (outdated > 0) {
      log.info("briefs of an earlier writer: {} storylines queued to be written again", outdated);
    }
  }
}
