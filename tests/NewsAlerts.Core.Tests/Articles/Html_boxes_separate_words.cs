namespace NewsAlerts.Core.Tests.Articles;

using NewsAlerts.Core.Articles;
using NewsAlerts.Matching.Index;

/// <summary>
/// Every element the HTML Living Standard renders as a box, row, cell or line of its own separates words, so text
/// from two boxes never runs together or joins into one compound; inline elements do not separate.
/// </summary>
public sealed class Html_boxes_separate_words
{
    [Theory]
    [InlineData("<table><tr><td>Trabble</td><td>Glorp</td></tr></table>")]
    [InlineData("<table><tr><th>Trabble</th><th>Glorp</th></tr></table>")]
    [InlineData("<table><tr><td>Trabble</td></tr><tr><td>Glorp</td></tr></table>")]
    [InlineData("<table><caption>Trabble</caption><tr><td>Glorp</td></tr></table>")]
    [InlineData("<ul><li>Trabble</li><li>Glorp</li></ul>")]
    [InlineData("<ol><li>Trabble<li>Glorp</ol>")]
    [InlineData("<dl><dt>Trabble</dt><dd>Glorp</dd></dl>")]
    [InlineData("<p>Trabble</p><p>Glorp</p>")]
    [InlineData("<div>Trabble</div><div>Glorp</div>")]
    [InlineData("<h2>Trabble</h2>Glorp")]
    [InlineData("Trabble<br>Glorp")]
    [InlineData("Trabble<hr>Glorp")]
    [InlineData("<section>Trabble</section><aside>Glorp</aside>")]
    [InlineData("<header>Trabble</header><main>Glorp</main><footer>x</footer>")]
    [InlineData("<article>Trabble</article><nav>Glorp</nav>")]
    [InlineData("<figure><img src=x>Trabble<figcaption>Glorp</figcaption></figure>")]
    [InlineData("<blockquote>Trabble</blockquote>Glorp")]
    [InlineData("<details><summary>Trabble</summary>Glorp</details>")]
    [InlineData("<fieldset><legend>Trabble</legend>Glorp</fieldset>")]
    [InlineData("<address>Trabble</address>Glorp")]
    [InlineData("<pre>Trabble\nGlorp</pre>")]
    [InlineData("Trabble<img src=x alt=y>Glorp")]
    [InlineData("Trabble<script>x()</script>Glorp")]
    public void Text_in_two_boxes_is_two_words(string html)
    {
        var text = HtmlText.ToPlainText(html);

        Assert.DoesNotContain("TrabbleGlorp", text, StringComparison.Ordinal);
        Assert.Contains("Glorp", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>Trab</b>ble Glorp", "Trabble Glorp")]
    [InlineData("Trab<span>ble</span> <i>Glorp</i>", "Trabble Glorp")]
    [InlineData("Trab<wbr>ble Glorp", "Trabble Glorp")]
    [InlineData("<p>Trabble\n  Glorp</p>", "Trabble Glorp")]
    [InlineData("<p>Trabble <span hidden>Secret</span>Glorp</p>", "Trabble Glorp")]
    public void Inline_markup_does_not_separate_words(string html, string expected) => Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData("<table><tr><td>Trabble</td><td>Glorp</td></tr></table>", "glorp", true)]
    [InlineData("<ul><li>Rebels will cease</li><li>fire drills resume</li></ul>", "ceasefire", false)]
    [InlineData("<table><tr><td>cease</td><td>fire</td></tr></table>", "ceasefire", false)]
    [InlineData("<p>Rebels agree to a cease\nfire</p>", "ceasefire", true)]
    [InlineData("<p>Rebels agree to a <b>cease-fire</b></p>", "ceasefire", true)]
    public void A_published_html_body_matches_as_it_is_rendered(string html, string topic, bool expected)
    {
        var json = $$"""{"uri":"urn:x","headline":"Update","body_html":{{System.Text.Json.JsonSerializer.Serialize(html)}}}""";
        var article = ArticleParser.Parse(json, TimeProvider.System).Value!;
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "u1", topic));

        Assert.Equal(expected, index.Match(article.ToDocument()).Count == 1);
    }
}
