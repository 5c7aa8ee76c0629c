package dev.storyline.ingest.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Rome with a step in the middle: the document is read with Rome's own hardened SAX set-up (no
 * DOCTYPE, no external entities, no entity expansion, HTML entities healed), rewritten by {@link
 * FeedNormalizer}, and only then handed to Rome's feed parsers.
 */
final class RomeInput extends WireFeedInput {
  RomeInput() {
    super(false, Locale.US);
    setXmlHealerOn(true);
    setAllowDoctypes(false);
  }

  SyndFeed read(String xml) throws FeedException {
    Document doc;
    try {
      doc = createSAXBuilder().build(new XmlFixerReader(new StringReader(xml)));
    } catch (JDOMException | IOException e) {
      throw new ParsingFeedException("Invalid XML", e);
    }
    try {
      return new SyndFeedInput(false, Locale.US).build(FeedNormalizer.normalize(doc));
    } catch (RuntimeException e) { // Rome trips over some odd shapes (e.g. NullPointerException)
      if (e instanceof IllegalArgumentException) {
        throw e;
      }
      throw new ParsingFeedException("Rome could not read the feed: " + e, e);
    }
  }
}
