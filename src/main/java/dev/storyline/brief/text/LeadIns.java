package dev.storyline.brief.text;

import java.util.regex.Pattern;

/**
 * The lead-ins {@link Boilerplate#stripLead} removes from the start of a title or sentence:
 * bylines, wire datelines and stamps, a live page's flag, a timeline's date, a photo credit before
 * a wire's stamp.
 */
final class LeadIns {
  /** A lead-in to remove, repeatedly, from the start of a title or sentence. */
  static final Pattern LEAD =
      Pattern.compile(
          "^(?:"
              // "By Maggie Fox , Health and Science Editor" up to a capitalised dateline
              + "By (?:\\p{Lu}[\\p{L}'’.-]+\\s?){1,4}(?:(?:,| and) [\\p{L} ,'’.-]{0,60}?)?"
              + "(?=\\s\\p{Lu}{3,}|\\s\\d|\\s"
              + WireStamps.DAY
              + ")\\s*"
              // "By the Harbour Wire Staff" before the text
              + "|By the (?:\\p{Lu}[\\p{L}.]*\\s){1,3}Staff\\s+(?=\\p{Lu})"
              // "By Ann Lee Environment correspondent, BBC News" before the text (not before ",
              // Place",
              // where the place and the text's first words cannot be told apart)
              + "|By (?:\\p{Lu}[\\p{L}'’.-]+\\s){1,3}(?:[\\p{L} ]{0,30}?\\s)?"
              + "(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter)\\s?,\\s?BBC News\\s+(?=\\p{Lu})"
              // "WASHINGTON | Mon Mar 2 , 2009 4:23 pm EST", or the stamp alone ("Thu Dec 23, 2010
              // 7:59 pm EST")
              + "|(?:"
              + WireStamps.WIRE_PLACE
              + ")?"
              + WireStamps.DAY
              + "\\s+"
              + WireStamps.MONTH
              + "\\s+\\d{1,2}\\s?,\\s?\\d{4}\\s+"
              + WireStamps.CLOCK
              + "\\s*"
              // a newspaper's stamp and place, "Thursday, August 26, 2031; 8:12 PM HOUSTON - ",
              // also after a headline or photo credit run into it ("(Ann Lee) Saturday, …")
              + "|(?:[^;|]{1,120}?\\s)?"
              + WireStamps.DAY
              + "\\s?,\\s+"
              + WireStamps.MONTH
              + "\\s+\\d{1,2}\\s?,\\s?\\d{4}\\s?;\\s+"
              + WireStamps.CLOCK
              + "\\s*(?:\\p{Lu}{2,}[\\p{Lu} .,'-]{0,30}?\\s(?:--|—|–|-)\\s+(?=\\p{Lu}))?"
              // a place and a day before a long dash: "MESA, Ariz., Feb. 18 -- ", "NEW YORK,
              // Sept. 24 -- "
              + "|\\p{Lu}{2,}[\\p{Lu} .'-]{0,30}?\\s?(?:,\\s?\\p{Lu}[\\p{L}]{1,12}\\.?\\s?)?,\\s?"
              + WireStamps.MONTH
              + "\\s?\\d{1,2}\\s?(?:--|—|–)\\s+"
              // "Sunday 26 April 2009 11.25 BST", "7 November 2011 Last updated at 21:40 GMT Help"
              + "|(?:"
              + WireStamps.DAY
              + "\\s+)?\\d{1,2}\\s+"
              + WireStamps.MONTH
              + "\\s+\\d{4}\\s+(?:Last updated at\\s+)?"
              + WireStamps.CLOCK
              + "\\s*(?:Help\\s+)?"
              // "Page last updated at 23:19 GMT, Tuesday, 19 January 2010"
              + "|(?:Page )?[Ll]ast updated at\\s+"
              + WireStamps.CLOCK
              + "\\s*,?\\s*(?:"
              + WireStamps.DAY
              + "\\s*,?\\s*)?\\d{1,2}\\s+"
              + WireStamps.MONTH
              + "\\s+\\d{4}\\s*"
              // "Fergus Walsh | 08:17 UK time , Tuesday , 30 June 2009"
              + "|(?:\\p{Lu}[\\p{L}'’-]+\\s){1,3}\\|\\s?"
              + WireStamps.CLOCK
              + "\\s*(?:UK time)?\\s*,?\\s*"
              + "(?:"
              + WireStamps.DAY
              + "\\s*,?\\s*)?\\d{1,2}\\s+"
              + WireStamps.MONTH
              + "\\s+\\d{4}\\s*"
              // a blog post's byline and stamp: "By Ann Lee | December 20, 2031; 11:55 PM ET "
              + "|By (?:\\p{Lu}[\\p{L}'’.-]+\\s?){1,4}\\|\\s?"
              + WireStamps.MONTH
              + "\\s+\\d{1,2}\\s?,\\s?\\d{4}\\s?;\\s+"
              + WireStamps.CLOCK
              + "\\s*"
              // a page's tab or poll run into the text: "Article | BP lawyers…", "YES | NO Egypt…"
              + "|(?:(?:Article|Video|Photos?|Audio|Interactive)\\s?\\||YES\\s?\\|\\s?NO)\\s+(?=\\p{Lu})"
              // "2009 06 24 07:14 JST"
              + "|\\d{4} \\d{2} \\d{2} "
              + WireStamps.CLOCK
              + "\\s*"
              // "LOS ANGELES (Hollywood Reporter) -": a place in capitals, then its source
              + "|\\p{Lu}{2,}[\\p{Lu} .,'-]{0,30}\\s?\\((?:\\p{Lu}[\\p{L}.]*\\s?){1,3}\\)\\s*(?:—|–|--|-)\\s+"
              // "DENVER (AP) —", "Denver (Reuters) -", "LONDON -LRB- Reuters -RRB- -"
              // or with no mark after it: "TRIPOLI, Libya (Reuters) Libyan officials…"
              + "|\\p{Lu}[\\p{L}\\d .,'/-]{1,40}\\s?\\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|CNSNews\\.com"
              + "|dpa)(?: Life!| Health)?\\)\\s*[\"”]?\\s*(?:(?:—|–|--|-|:)\\s*|(?=\\p{Lu}\\p{Ll}))"
              // "HOUSTON --", "GULF SHORES, ALA. —", "ON THE GULF --": a place in capitals and a
              // long dash, no source
              + "|\\p{Lu}{2,}[\\p{Lu} .,'-]{1,30}?\\s(?:--|—|–)\\s+"
              // a subhead in capitals run into the paragraph under it: "NO GOING OUT ON A LIMB The
              // relationship with …", "NEW CAP FOR LEAKING OIL WELL Engineers then …"
              + "|(?:\\p{Lu}[\\p{Lu}\\d'’-]*\\s+){3,}(?=\\p{Lu}\\p{Ll})"
              // a live page's flag: "NEW: The union…" (a timeline's "May 09 - Two…" stays: its date
              // is the line's, and the Timeline17 method reads it there)
              + "|NEW\\s?:\\s+(?=\\p{Lu})"
              // a wire's note or live stamp: "(Corrects …)", "(Updated 3:52 p.m. (2252 in Cairo))"
              + "|\\((?:Repeats|Corrects|Update[sd]?|Refiles)\\b[^()]{0,80}(?:\\([^()]{0,40}\\))?\\)\\s*"
              // a photo credit in brackets: "(By Ann Lee -- Harbour Wire) Last week, the…"
              + "|\\(By (?:\\p{Lu}[\\p{L}'’.-]+\\s?){1,4}\\s?(?:--|—|–)\\s?[^()]{1,40}\\)\\s*(?=\\p{Lu})"
              // a photo credit before the text: "Photograph: Ann Lee/AP ", "…/Getty Images "
              + "|Photograph:\\s?[^/:]{1,40}/[^\\s/]+(?:/[^\\s/]+)*(?: Images| Features)?\\s+(?=\\p{Lu})"
              // a photo credit before a wire's place and stamp: "Credit: Reuters/Ann Lee/Handout
              // LUMEN | Wed Apr 29, …"
              // "REUTERS/Social media website via Reuters TV OSK | Wed Apr 29, …" (no "Credit:")
              + "|(?:Credit:\\s?|\\p{Lu}{2,}/)[^|]{1,100}?\\s(?="
              + WireStamps.WIRE_PLACE
              + WireStamps.DAY
              + ")"
              + ")");

  private LeadIns() {}
}
