package dev.storyline.feeds;

/** Small invented feeds and pages for the poller tests. */
final class Feeds {
  private Feeds() {}

  static String item(String guid, String title, String text) {
    return "<item><guid isPermaLink=\"false\">"
        + guid
        + "</guid><title>"
        + title
        + "</title>"
        + "<link>https://news.example/"
        + guid
        + "</link><pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate>"
        + "<description><![CDATA["
        + text
        + "]]></description></item>";
  }

  static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Lakeside Post</title>"
        + "<link>https://news.example/</link>"
        + String.join("", items)
        + "</channel></rss>";
  }

  /** A good feed with one article. */
  static String good() {
    return rss(
        item(
            "first",
            "Council approves the harbour budget",
            "<p>The council approved the harbour budget on Tuesday after a long debate.</p>"));
  }

  /** About 120 words of invented wire copy about a dam inspection. */
  static String wireStory(String lead) {
    return lead
        + " Engineers inspected the northern dam on Monday and found cracks in two spillway gates,"
        + " the regional water authority said. The authority lowered the reservoir by half a metre as a"
        + " precaution and asked farmers downstream to move equipment away from the river banks. Repairs"
        + " are expected to take three weeks and will cost about four million, according to the"
        + " authority's chief engineer, who said there was no immediate danger to nearby villages. The dam,"
        + " built in the nineteen sixties, supplies drinking water to roughly two hundred thousand people"
        + " and was last inspected in full four years ago. Residents will receive text alerts if the"
        + " situation changes, and a public meeting is planned for Thursday evening at the town hall.";
  }
}
