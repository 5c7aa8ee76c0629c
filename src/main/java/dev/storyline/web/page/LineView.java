package dev.storyline.web.page;

import java.util.List;

/**
 * One published sentence of a brief with its source links.
 *
 * @param text the sentence, shown escaped
 * @param links one link per cited source sentence, in citation order; never empty
 */
public record LineView(String text, List<SourceLink> links) {

  /**
   * A small numbered superscript link to an entry of the Sources list.
   *
   * @param number the entry's number in the Sources list
   * @param href where it points ({@code #src-N}, prefixed by the story URL off the story page)
   * @param title "OUTLET: the cited source sentence"
   */
  public record SourceLink(int number, String href, String title) {}
}
