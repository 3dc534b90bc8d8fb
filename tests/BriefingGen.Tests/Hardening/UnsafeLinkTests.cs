using BriefingGen.Urls;
using AngleSharp.Html.Parser;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Parsing.Links;
using BriefingGen.Rendering;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Hardening;

/// <summary>
/// javascript:, vbscript: and data: links are refused in every text of content, at the link, by one check made when
/// the text is parsed; and the HTML renderer never writes one, even for a text that check never saw.
/// </summary>
public sealed class UnsafeLinkTests
{
    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData(" javascript:alert(1)", "javascript")]
    [InlineData("\u0001javascript:alert(1)", "javascript")]
    [InlineData("java\nscript:alert(1)", "javascript")]
    [InlineData("&#106;avascript:alert(1)", "javascript")]
    [InlineData("jav&#x61;script&#58;alert(1)", "javascript")]
    [InlineData("javascript&colon;alert(1)", "javascript")]
    [InlineData("VBScript:msgbox(1)", "vbscript")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "data")]
    public void Refused_addresses_are_known_however_they_are_written(string url, string scheme)
    {
        Assert.True(UnsafeUrl.IsUnsafe(url, out var found));
        Assert.Equal(scheme, found);
    }

    [Theory]
    [InlineData("https://example.org/javascript:x")]
    [InlineData("../notes/#javascript:x")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("database/")]
    public void Ordinary_addresses_are_not_refused(string url) => Assert.False(UnsafeUrl.IsUnsafe(url, out _));

    [Theory]
    [InlineData(false, "[x](javascript:alert(1))")]
    [InlineData(false, "[x](JaVaScRiPt:alert(1))")]
    [InlineData(false, "[x](<java\tscript:alert(1)>)")]
    [InlineData(false, "[x](< javascript:alert(1)>)")]
    [InlineData(false, "[x](&#106;avascript:alert(1))")]
    [InlineData(false, "[x](jav&#x61;script&#58;alert(1))")]
    [InlineData(false, "![i](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)")]
    [InlineData(false, "<vbscript:msgbox(1)>")]
    [InlineData(false, "[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData(true, "<a href=\"jav&#x61;script:alert(1)\">x</a>")]
    [InlineData(true, "<img src=\" JaVaScRiPt:alert(1)\">")]
    [InlineData(true, "<div><a href=\"javascript:alert(1)\">x</a></div>")]
    public void The_renderer_writes_no_refused_address_even_for_a_text_never_checked(bool unsafeHtml, string markdown)
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\n---\nText.\n");
        var (model, _) = SiteBuilder.LoadModel(new BuildOptions { Source = site.Root });
        var pipeline = MarkdownPipelineFactory.Create(unsafeHtml);
        var context = new RenderContext(model!, model!.Pages[0], pipeline);

        foreach (var html in new[] { BriefingHtmlRenderer.RenderInline(markdown, context), BriefingHtmlRenderer.RenderBody(Markdig.Markdown.Parse(markdown, pipeline), context) })
        {
            var document = new HtmlParser().ParseDocument(html);
            foreach (var attribute in document.All.SelectMany(e => e.Attributes))
            {
                // As a browser reads an address: spaces and controls around it and tabs and newlines inside it dropped.
                var read = new string(attribute.Value.Trim('\u0000', '\u0001', ' ', '\t', '\n', '\r').Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
                Assert.False(UnsafeUrl.IsUnsafe(read, out _), $"'{markdown}' was written as {html}");
            }
        }
    }

    [Fact]
    public void An_entity_encoded_link_in_a_theme_description_is_refused_at_the_link()
    {
        using var site = TestSite.With("""
            -- content/data/themes.yml --
            - id: housing
              title: Housing
              description: Homes, [see](jav&#x61;script&#58;alert(1)).
            -- content/notes.md --
            ---
            title: Notes
            themes: [housing]
            ---
            Text.
            """);
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.UnsafeUrl, "content/data/themes.yml", 3, 23);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_shared_through_a_yaml_alias_is_reported_once_where_it_is_written()
    {
        using var site = TestSite.With("""
            -- content/data/grids.yml --
            - id: g
              name: G
              description: &bad "[x](javascript:alert(1))"
              rows: { label: R, levels: [{ id: a, label: A }] }
              columns: { label: C, levels: [{ id: x, label: X }] }
              cells:
                - { row: a, column: x, text: *bad }
            -- content/notes.md --
            ---
            title: Notes
            ---
            {{< grid g >}}
            """);
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.UnsafeUrl, "content/data/grids.yml", 3, 22);
    }
}
