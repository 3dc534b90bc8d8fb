using System.Xml;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Site;

/// <summary>The feed, the sitemap and every other XML file the site writes are well-formed XML, whatever the content holds.</summary>
public sealed class XmlOutputTests
{
    // YAML escapes for characters XML 1.0 forbids: C0 controls, U+FFFE and U+FFFF (YAML itself refuses a lone surrogate).
    private const string Forbidden = @"\x01\x08\v\f\x1F\uFFFE\uFFFF";

    [Fact]
    public void Control_characters_in_titles_and_summaries_leave_feed_and_sitemap_well_formed()
    {
        using var site = new TestSite(
            $"-- site.config.yml --\ntitle: \"Site{Forbidden} title\"\ndescription: \"About{Forbidden} it\"\norganisation: \"Org{Forbidden}\"\n" +
            $"-- content/_index.md --\n---\ntitle: \"Home{Forbidden}\"\n---\nWelcome.\n" +
            $"-- content/case-studies/a.md --\n---\ntitle: \"A{Forbidden} case\"\nsummary: \"Short{Forbidden} summary\"\nauthors: [\"Ann{Forbidden} Author\"]\ndate: 2024-05-01\n---\n" +
            "Body \u0001 with \u000B controls, and entities &#x1; &#xB; &#xFFFE; &#xD800;.\n" +
            "-- content/notes/b\u0001c.md --\n---\ntitle: B\n---\nA page whose file name holds a control character.\n");
        var result = site.Build(baseUrl: "https://forum.example.org/");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var xmlFiles = site.OutputFiles().Where(f => f.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.Contains("feed.xml", xmlFiles);
        Assert.Contains("sitemap.xml", xmlFiles);
        foreach (var file in xmlFiles)
        {
            AssertWellFormed(site, file);
        }

        var feed = site.ReadOutput("feed.xml");
        Assert.Contains("<title>A case</title>", feed);
        Assert.Contains("<summary>Short summary</summary>", feed);
        Assert.Contains("<name>Ann Author</name>", feed);
        // An address is percent-encoded, not stripped, so it still leads to the page that was written.
        Assert.Contains("<loc>https://forum.example.org/notes/b%01c/</loc>", site.ReadOutput("sitemap.xml"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://forum.example.org/notes/b%01c/\">", site.ReadOutput("notes/b\u0001c/index.html"));
        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var text = site.ReadOutput(file);
            var bad = text.Select((c, i) => (c, i)).FirstOrDefault(p => !XmlConvert.IsXmlChar(p.c) && !IsPair(text, p.i));
            Assert.True(bad == default, $"{file} holds U+{(int)bad.c:X4} at {bad.i}");
        }
    }

    [Theory]
    [InlineData("a\u0001b\u000Bc\u000Cd\u001Fe", "abcde")]
    [InlineData("keep\t\n\r tab, newline, return", "keep\t\n\r tab, newline, return")]
    [InlineData("x\uFFFEy\uFFFFz\uFFFD", "xyz\uFFFD")]
    [InlineData("plain text", "plain text")]
    public void Characters_xml_forbids_are_dropped_and_all_others_kept(string text, string expected) =>
        Assert.Equal(expected, BriefingGen.Rendering.XmlChars.Strip(text));

    [Fact]
    public void Lone_surrogates_are_dropped_and_pairs_kept()
    {
        // Built in code: xunit's test data would turn a lone surrogate into U+FFFD before the test sees it.
        Assert.Equal("lone  high, lone  low, reversed , at the end ",
            BriefingGen.Rendering.XmlChars.Strip("lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800, at the end \uD800"));
        Assert.Equal("a pair \uD83D\uDE00 is kept", BriefingGen.Rendering.XmlChars.Strip("a pair \uD83D\uDE00 is kept"));
        Assert.Equal("a pair \uD83D\uDE00 then a lone ", BriefingGen.Rendering.XmlChars.Strip("a pair \uD83D\uDE00 then a lone \uDE00"));
    }

    [Fact]
    public void Random_text_keeps_exactly_the_characters_xml_allows()
    {
        // Long runs of allowed text with the odd forbidden character, surrogate or pair: the searches run on whole vectors.
        char[] odd = ['\u0001', '\u001F', '\t', '\n', '\r', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', '\uFFFD', '\uE000', '\uD7FF', ' '];
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (var n = random.Next(0, 12); n > 0; n--)
            {
                text.Append('a', random.Next(0, 70)).Append(odd[random.Next(odd.Length)]);
            }

            var written = text.ToString();
            var expected = new string(written.Where((c, at) => XmlConvert.IsXmlChar(c) || IsPair(written, at)).ToArray());
            Assert.Equal(expected, BriefingGen.Rendering.XmlChars.Strip(written));
            Assert.Equal(written.All(XmlConvert.IsXmlChar), BriefingGen.Rendering.XmlChars.AllAllowed(text));
        }
    }

    private static bool IsPair(string text, int i) =>
        (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) ||
        (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]));

    private static void AssertWellFormed(TestSite site, string file)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, file));
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            Assert.Fail($"{file} is not well-formed XML: {e.Message}");
        }
    }
}
