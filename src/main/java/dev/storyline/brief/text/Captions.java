package dev.storyline.brief.text;

import java.util.regex.Pattern;

/**
 * Photo captions a page kept as text: a scene in the present tense with the day it was taken, a
 * name at a place and time, a place and day, or the day first ("June 16: A rig operates …").
 */
final class Captions {
  /** The present-tense verbs of a scene. */
  private static final String VERBS =
      "wears?|walks?|stands?|holds?|looks? on|waits?|sits?|gestures?|speaks?|addresses|arrives?"
          + "|poses?|carries|reacts?|prays?|smiles?|waves?|attends?|is seen|are seen|looks? at"
          + "|counts?|prepares?|rides?|checks?|cleans?|plays?|sells?|buys?|shops?|rests?"
          + "|protests?|marches|march|shouts?|cries|cry|operates?|burns?|floats?|flies|fly"
          + "|queues?|queue up|line up|gathers?";

  /**
   * A scene of people described by what they wear or carry, in the present tense and with no day:
   * "After the storm, people wearing life jackets queue for the ferry at Lumen harbour."
   */
  private static final Pattern CAPTION_SCENE =
      Pattern.compile(
          "\\b(?:wearing|carrying|holding)\\b[^.!?,;]{1,60}?\\s(?:" + VERBS + ")\\b[^.!?]*\\.?$");

  /**
   * A photo caption: a scene in the present tense ending with the day it was taken ("A nurse wears
   * a mask in Velmar City April 24, 2009.", "The mayor addresses the council last night.").
   */
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?i)\\b(?:"
              + VERBS
              + ")\\b[^.!?]*"
              // the day as a caption gives it, bare: prose says "on April 24, 2031"
              + "(?<!\\bon |\\bby |\\buntil |\\bsince |\\bbefore |\\bafter |\\bfrom |\\bto )\\b(?:"
              + WireStamps.MONTH
              + "\\.? \\d{1,2}, \\d{4}|\\d{1,2} "
              + WireStamps.MONTH
              + " \\d{4}|last night|this morning)\\s*\\.?$");

  /** A caption with no verb: "Ana Ruiz at a harbour rally this morning." */
  private static final Pattern CAPTION_NAME =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{L}'’-]+\\s){1,3}(?:at|in|during|outside|with)\\s[^.!?]{3,60}"
              + "\\b(?:this morning|last night|yesterday|today)\\s*\\.?$");

  /** A caption ending with its place and day: "…, in Dunmore, Velmar, 27 July 2010." */
  private static final Pattern CAPTION_PLACE =
      Pattern.compile(
          ", (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}\\p{L}+"
              + "(?: \\p{Lu}\\p{L}+)?, \\d{1,2} (?:January|February|March|April|May|June|July"
              + "|August|September|October|November|December) \\d{4}\\s*\\.?$");

  /** A caption that opens with its day: "June 16: A drilling rig operates in the gulf." */
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "^(?:"
              + WireStamps.MONTH
              + " \\d{1,2}|\\d{1,2} "
              + WireStamps.MONTH
              + ")\\s?:\\s+(?:A|An|The)?\\s?[^.!?:]{0,80}?\\b(?:"
              + VERBS
              + ")\\b");

  /**
   * A picture's or a video's own caption on the page, in the present tense: "Pictures from Lumen
   * show some of the damage…", "The video above shows…", "Picture shows damage at the port…".
   * Reports of footage ("Video posted online shows…", "Footage shot on Friday showed…") name who
   * made or released it, or tell it in the past.
   */
  private static final Pattern MEDIA_CAPTION =
      Pattern.compile(
          "^(?:The |This |These )?(?:[Pp]ictures?|[Ii]mages?|[Pp]hotos?|[Pp]hotographs?|[Vv]ideo"
              + "|[Ff]ootage)(?: (?:above|below|here))?(?: (?:from|out of) [^,.]{1,40}?)?"
              + " (?:shows?|captures?)\\b");

  private Captions() {}

  /** True for a photo caption (see the class comment). */
  static boolean caption(String t) {
    return CAPTION.matcher(t).find()
        || CAPTION_SCENE.matcher(t).find()
        || CAPTION_PLACE.matcher(t).find()
        || CAPTION_NAME.matcher(t).find()
        || DAY_FIRST.matcher(t).find()
        || MEDIA_CAPTION.matcher(t).find();
  }
}
