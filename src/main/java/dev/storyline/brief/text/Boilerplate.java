package dev.storyline.brief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a news page carries around its text that is not news: datelines, bylines and time stamps at
 * the start of a title or sentence ("Denver (AP) –", "By Maggie Fox, Health Editor", "7 November
 * 2011 Last updated at 21:40 GMT Help", "ZURICH | Tue Apr 28, 2009 9:39 am BST"), and whole
 * sentences that are photo credits, promos, transcript banners, agency credits or reader-comment
 * furniture ("See here for updates", "Photograph: Dario Lopez-Mills/AP", "(Reporting by …)"),
 * programme furniture ("Today is broadcast live …", "Presenter/…, Producer/…") and video promos
 * ("Ann Lee reports from the harbour …", "Watch: …").
 */
public final class Boilerplate {
  /**
   * A reader comment's header the page kept ("At 11:45 pm on 13 Jan 2010, someone wrote:", "9:12 am
   * | harbourfan wrote:"): what follows is a reader's.
   */
  private static final Pattern COMMENT_HEADER =
      Pattern.compile(
          "(?i)\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?[^.:]{0,40}?[,|]\\s*"
              + "[\\p{L}\\p{N}_.'-]{1,30}(?:\\s[\\p{L}\\p{N}_.'-]{1,30}){0,2}\\s+wrote\\s*:");

  /** True when the sentence holds a reader comment's header ({@link #COMMENT_HEADER}). */
  public static boolean commentHeader(String sentence) {
    return COMMENT_HEADER.matcher(sentence).find();
  }

  /** Sentences that are page furniture, not news. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)\\bphotograph\\s*:|\\b(?:photo|picture|image)s? (?:by|credit|courtesy)\\b"
              + "|\\((?:ap|reuters|afp|getty) (?:photo|images)|getty images|\\bclick here"
              + "|\\bsee here\\b|\\bread more\\b|\\bsign up\\b|\\bsubscribe\\b|\\bfollow us\\b"
              + "|\\blike us on\\b|\\bshare this\\b|^\\s*related:|\\bcheck out\\b|^find out\\b"
              + "|^watch\\b|\\bupdates? (?:here|below)\\b|\\blast updated\\b|\\bposted by\\b"
              + "|\\breport abuse\\b|\\bthis comment was removed\\b"
              // a wire site's product promos under its stories ("An ultra-low latency
              // infrastructure for electronic trading … Our next generation legal research
              // platform")
              + "|\\bultra-low latency infrastructure\\b|\\bnext generation legal research\\b"
              + "|\\bconnected approach to governance\\b"
              // a newsletter's, a market table's and a video index's promos ("Get the Morning Fix
              // delivered to your inbox…", "NYSE quotes delayed by at least 20 minutes.")
              + "|\\bdelivered to your (?:inbox|e-?mail|mobile|phone)\\b|^your (?:essential|trusted"
              + "|daily|one-stop|go-to) source (?:for|of)\\b|\\bdelayed by at least \\d+ minutes\\b"
              + "|\\bvideos are listed\\b|\\bcomments? (?:are|have been) closed|\\brush transcript\\b"
              + "|\\bdownload pdf\\b|\\breporting by\\b|\\bediting by\\b|\\bwriting by\\b"
              + "|\\bcompiled by\\b|^\\s*\\*|\\bthis is a rush\\b|\\bfull article\\b"
              + "|\\bcopyright\\b|\\ball rights reserved\\b|\\bemail this\\b|\\bprint this\\b"
              + "|\\bthe bbc (?:talks|speaks) to\\b|\\bclick to\\b|\\bhave your say\\b"
              + "|\\btweets?\\s*:|@\\w{2,}|\\bviews expressed (?:in|here|on)\\b|\\bshare your thoughts\\b"
              // a column's disclaimer ("The opinions expressed are his own.", "… in this
              // commentary…"); "views expressed in/here" is matched above
              + "|\\bopinions expressed (?:in this (?:commentary|article|column|piece)\\b|here are\\b)"
              + "|\\b(?:opinions|views) expressed are (?:his|her|their|the author)"
              + "|\\bdo not (?:necessarily )?(?:represent|reflect) (?:those|the views) of\\b"
              // programme furniture: schedules, running orders, credits of a broadcast
              + "|\\bis broadcast live\\b|\\brunning order\\b|\\btransmission details\\b"
              + "|\\b(?:presenters?|producers?)/|\\bep \\d+/\\d+|\\bskip to a day\\b"
              + "|\\b(?:this|the) debate is (?:now )?closed\\b|\\bthis live page\\b"
              + "|\\blisten (?:again|live)\\b|\\bon (?:the )?(?:bbc )?iplayer\\b"
              + "|\\bfor (?:the latest )?updates,? (?:please|see|go|visit|click)\\b"
              + "|^please (?:see|visit|read|note)\\b|\\bplease (?:see|visit) (?:our|individual)\\b"
              + "|^(?:this|the) video (?:shows|illustrates)\\b"
              // a page's promos and notes: "View how tourism … are at risk.", "Explore all of our
              // graphics…", "This copy may not be in its final form…", "You've selected the U.S.
              // Edition.", "See instructions for fixing the problem."
              + "|^(?:view|explore) (?:how|all|our|more|the latest)\\b|\\bnot be in its final form\\b"
              + "|^you'?ve selected the\\b|^see instructions for\\b"
              // a fact box: "Born: 29 August 1958, … Also known as: …"
              + "|^(?:born|died|age|occupation|nationality)\\s*:|\\balso known as\\s*:"
              + "|\\bbiggest hits\\s*:"
              // a credit run into the caption ("Photo: Ann Lee The airport…"), a caption's
              // position marks ("Ann (l) and Ben (r)"), a news ticker ("- 50 mins ago"), a media
              // player's or a page's instructions
              + "|^(?:photo|picture|image)s?\\s*:|\\((?:l|r|c|left|right|centre|center|pictured"
              + "|top|bottom|above|below|inset)\\)|\\b\\d+\\s*(?:mins?|hrs?|minutes|hours)\\s+ago\\b"
              + "|\\bcan ?not play media\\b|\\bthis (?:media|video|clip|content) is not available\\b|\\bjavascript\\b|\\bflash (?:player\\b|installed\\b)"
              + "|\\bclick the button\\b|^browse (?:this|our|the)\\b"
              // a reader's letter ("Ann from Leeds e-mails:"), a live chat's invitation, a page's
              // story tools ("This Story: Read + | Watch +"), a wire's repeat note, a file photo
              + "|\\b(?:e-?mails|writes|texts)\\s*:|\\blive q ?& ?a\\b|\\bthoughts, comments\\b"
              + "|\\bthis story\\s*:|\\|\\s*(?:watch|read|listen)\\s*\\+"
              + "|^\\(?(?:repeats|corrects|updates|refiles)\\b[^.]{0,40}\\b(?:headline|paragraph"
              + "|byline|dateline|typo)|\\bfile (?:photo|picture|image)\\b"
              + "|\\bin this (?:\\w+ )?(?:photo|picture|image)\\b"
              // a link ("Read the first part of the advice"), a list run into a sentence ("…
              // threats: * The 1918 …"), a commenter's double exclamation
              + "|^read (?:the|our|more|part|all)\\b|\\s\\*\\s+\\p{Lu}|[!?]{2}"
              // a comment form, a page footer ("(required, but will not be displayed)", "…
              // Rules of Conduct … Terms of Service", "… switchboard:", "This article was …")
              + "|\\bwill not be (?:displayed|published|shared)\\b|\\bterms of (?:service|use)\\b"
              + "|\\brules of conduct\\b|\\bswitchboard\\s*:|\\bthis article was (?:first )?published"
              + " (?:on|in|at)\\b|\\bletters for publication\\b"
              // a photo credit's agency chain ("Ann Lee/Velmar Health Agency/Handout"), a list of
              // related links whose bullets the page's text gives as "cents"
              // a graphic's credit ("GRAPHIC: Ann Lee - The Courier, May 2"), a dateline in Spanish
              // ("Última actualización: jueves…", also with its accents lost), a bulletin's promo
              + "|^(?:graphics?|chart|map)\\s*:|\\bactualizaci[oó]?\\s?n\\s*:"
              + "|\\bnews bulletin from\\b|\\bthe best stories, interviews\\b"
              // a picture desk's note, an author's line, a video's running time "(1:37)", a
              // micrograph's caption
              + "|\\beditor ?['’]?s note\\s*:|\\bcan ?not independently verify\\b"
              + "|^the author is (?:a|an|the)\\b|\\(\\d{1,2}:\\d{2}\\)|\\bmicrograph of\\b"
              + "|/\\s?handout\\b|(?-i:^cents\\s+\\p{Lu}|\\s\\p{Ll}+\\scents\\s+\\p{Lu})"
              // a caption ending on its agency's credit ("Secretary of Energy Ann Lee (AP).")
              + "|\\((?:ap|reuters|afp|epa|getty images)\\)\\W*$"
              + "|\\^(?:\\s*\\^){2,}" // a rule of carets under a page's text ("^ ^ ^ ^ Full…")
              + "|\\|\\s?permalink\\b|\\bretweet\\b"); // a blog post's and a tweet's furniture

  /** A video promo naming its reporter: "Ann Lee reports from the harbour, where …". */
  private static final Pattern VIDEO_PROMO =
      Pattern.compile(
          "^(?:The BBC['’]s )?\\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2} (?:reports (?:from|on)\\b"
              + "|(?:sends|has) (?:this|a) report\\b|spent the day with\\b"
              + "|follows a (?:group|family|team)\\b)");

  /** A transcript speaker tag: "BECKY ANDERSON, HOST:", "AZUZ:". */
  private static final Pattern SPEAKER_TAG =
      Pattern.compile("^(?:\\p{Lu}[\\p{Lu}.'-]+ ?){1,4}(?:, [\\p{Lu} ,'-]+)?\\s?:");

  /**
   * A transcript's banner naming the next speaker and nothing else: "SEN. ANN LEE (D-VT.)", "Rep.
   * Tom Vale (R-Ohio)", or a line with its "SPEAKER:" mark-up. A name with its party and state is
   * no headline and no sentence.
   */
  private static final Pattern SPEAKER_BANNER =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,5}\\((?:D|R|I)-[\\p{L}. ]{2,14}\\)\\.?$|\\bSPEAKER:\\s");

  /**
   * A byline or a broadcast's tune-in line on its own, as a crawled title gives them: "By Ann Lee,
   * Harbour News", "Tune in week nights at 2200 CET".
   */
  private static final Pattern BYLINE_ONLY =
      Pattern.compile(
          "^(?:By (?:the )?(?:\\p{Lu}[\\p{L}'’.-]*\\s?){1,5}(?:,\\s?\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*){0,3})?"
              + "|Tune in\\b.{0,60})$");

  /**
   * An interview's question mark-up: "Q: Will the port reopen?", "Here's the exchange: Q: …". The
   * interviewer's question is no news and no forecast.
   */
  private static final Pattern INTERVIEW = Pattern.compile("(?:^|:\\s+)Q\\s?:\\s");

  /**
   * First-person words; "I" not as a numeral ("World War I"), an initial ("Ana I. Ruiz") or a party
   * label ("Sen. Ada Brent (I-Lumen)").
   */
  private static final Pattern FIRST_PERSON =
      Pattern.compile(
          "(?<!War |Phase |Title |Part |Stage |Class |Type |Level )\\bI(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)?\\b(?![.-])"
              + "|\\b(?:[Mm]y|[Mm]e|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Oo]ur|us|[Ll]et['’]s)\\b");

  /** Words addressing the reader or a listener: "you", "your", "you're". */
  private static final Pattern SECOND_PERSON =
      Pattern.compile("\\b[Yy]ou(?:rs?|rself|rselves|'re|’re|'ve|’ve|'d|’d|'ll|’ll)?\\b");

  /** A quotation in straight or curly marks. */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

  private Boilerplate() {}

  /**
   * True for first-person text outside quotation marks that names no speaker (no reporting verb): a
   * reader's comment or account, a blogger's aside, an appeal ("I hope this will help", "We will be
   * back at the clinic tomorrow"); and for text addressing its reader or listener ("You might think
   * that…"). It is someone's chatter, not the story's report: never a forecast, nor evidence that
   * one came true.
   */
  public static boolean chatter(String text) {
    return CHATTER_SEEN.get(text, Boilerplate::firstPersonChatter);
  }

  /** What {@link #chatter} found for texts still in use (as {@link #FURNITURE_SEEN}). */
  private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> CHATTER_SEEN =
      remembered();

  private static boolean firstPersonChatter(String text) {
    String outside = QUOTED.matcher(text).replaceAll(" ");
    // the reader or a listener addressed ("You might think…", "BBC News put your questions…"):
    // a column's, a host's or a promo's voice, whoever it names as saying it
    return SECOND_PERSON.matcher(outside).find()
        || (FIRST_PERSON.matcher(outside).find() && !CueLexicon.has(CueLexicon.REPORTING, outside));
  }

  /** True for "you" or "your" outside quotation marks: the reader or a listener addressed. */
  public static boolean addressesReader(String text) {
    return SECOND_PERSON.matcher(QUOTED.matcher(text).replaceAll(" ")).find();
  }

  /**
   * True for first-person words outside quotation marks ("I think…", "our cousins", "Tomorrow we
   * will…"), with or without a reporting verb: a voice other than the reporter's.
   */
  public static boolean firstPerson(String text) {
    return FIRST_PERSON.matcher(QUOTED.matcher(text).replaceAll(" ")).find();
  }

  /** The text without its leading datelines, bylines and time stamps; a suffix of {@code text}. */
  public static String stripLead(String text) {
    String s = text.strip();
    for (int i = 0; i < 4; i++) {
      Matcher m = LeadIns.LEAD.matcher(s);
      if (!m.find() || m.end() == 0 || m.end() >= s.length()) {
        break;
      }
      s = s.substring(m.end()).strip();
    }
    return s;
  }

  /**
   * True for a photo credit or caption, promo, transcript tag, agency credit or comment furniture.
   */
  public static boolean isFurniture(String text) {
    return FURNITURE_SEEN.get(text, Boilerplate::furniture);
  }

  /**
   * What {@link #isFurniture} found for texts still in use: the sections of a page ask it of the
   * same sentences many times, and its alternation of some 60 cue phrases costs ~0.1 ms a sentence.
   * Keys are held weakly and compared by identity, so an entry lives as long as its sentence.
   */
  private static final com.github.benmanes.caffeine.cache.Cache<String, Boolean> FURNITURE_SEEN =
      remembered();

  /**
   * The text after a transcript's speaker tag ("AZUZ: After three weeks…" gives "After three
   * weeks…"); the text as it is when it has none.
   */
  public static String afterSpeakerTag(String text) {
    Matcher m = SPEAKER_TAG.matcher(text.strip());
    return m.find() ? text.strip().substring(m.end()).strip() : text;
  }

  /**
   * The part of a text before the first page furniture run into it ("Oil spill: the public's anger
   * Letters for publication should be sent to…" gives "Oil spill: the public's anger"); empty when
   * the text opens with furniture, the text itself when it holds none.
   */
  public static String beforeFurniture(String text) {
    Matcher m = FURNITURE.matcher(text);
    return m.find() ? text.substring(0, m.start()).strip() : text;
  }

  /** A check's answers by text, held weakly and by identity: an entry lives as its sentence. */
  private static com.github.benmanes.caffeine.cache.Cache<String, Boolean> remembered() {
    return com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
        .weakKeys()
        .maximumSize(200_000)
        .build();
  }

  private static boolean furniture(String text) {
    String t = text.strip();
    return FURNITURE.matcher(t).find()
        || WireStamps.commentStamp(t)
        || SPEAKER_TAG.matcher(t).find()
        || SPEAKER_BANNER.matcher(t).find()
        || INTERVIEW.matcher(t).find()
        || BYLINE_ONLY.matcher(t).find()
        || VIDEO_PROMO.matcher(t).find()
        || Captions.caption(t);
  }
}
