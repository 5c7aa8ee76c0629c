package dev.storyline.store;

import static dev.storyline.store.ArticleRepository.utc;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.store.ArticleRepository.NewArticle;
import dev.storyline.store.journal.IngestJournal;
import dev.storyline.store.journal.JournalRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes behind {@link ArticleRepository}: new articles (journalled first, then stored unless a
 * duplicate exists) and their analyses. Thread-safe (stateless over JDBC).
 */
final class ArticleWrites {

  private final JdbcTemplate jdbc;
  private final AnalysisCodec codec;
  private final IngestJournal journal;

  ArticleWrites(JdbcTemplate jdbc, AnalysisCodec codec, IngestJournal journal) {
    this.jdbc = jdbc;
    this.codec = codec;
    this.journal = journal;
  }

  List<Boolean> insertAll(List<NewArticle> batch) {
    List<JournalRecord> records = new ArrayList<>();
    for (NewArticle n : batch) {
      Article a = n.article();
      records.add(
          new JournalRecord.ArticleRow(
              a.id(),
              a.source(),
              a.url(),
              n.canonicalUrl(),
              a.published().toString(),
              a.title(),
              a.text(),
              n.textHash(),
              codec.write(a.meta()),
              n.now().toString()));
    }
    journal.append(records);
    List<Boolean> stored = new ArrayList<>();
    for (NewArticle n : batch) {
      stored.add(store(n.article(), n.canonicalUrl(), n.textHash(), n.now()));
    }
    return stored;
  }

  private boolean store(Article a, String canonicalUrl, String textHash, Instant now) {
    int n =
        jdbc.update(
            "insert into article (id, source, url, canonical_url, published, title, body, text_hash, meta,"
                + " ingested_at) values (?,?,?,?,?,?,?,?,?,?) on conflict do nothing",
            a.id(),
            a.source(),
            a.url(),
            canonicalUrl,
            utc(a.published()),
            a.title(),
            a.text(),
            textHash,
            codec.write(a.meta()),
            utc(now));
    return n == 1;
  }

  void saveAnalysis(AnalyzedArticle a) {
    jdbc.update(
        "insert into article_analysis (article_id, sentences, title_entities, embedding,"
            + " sentence_embeddings) values (?,?,?,?,?) on conflict do nothing",
        a.id(),
        codec.sentences(a.sentences()),
        codec.entities(a.titleEntities()),
        AnalysisCodec.vector(a.embedding()),
        AnalysisCodec.vectors(a.sentences()));
  }
}
