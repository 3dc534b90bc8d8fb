using System.Buffers.Binary;
using AngleSharp.Html.Parser;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// A link shared in a forum or a mail shows a card: a 1200 x 630 picture of the site, the page's kind, title and date,
/// drawn at build time in the theme's font, named by og:image with its size and text. It needs the site's address.
/// </summary>
public sealed class SocialCardTests
{
    private const string Pages =
        "-- content/case-studies/riverside.md --\n---\ntitle: Riverside Estate, South London\ndate: 2024-05\n---\nBody.\n" +
        "-- content/briefings/b.md --\n---\ntitle: What co-production is\n---\nBody.\n" +
        "-- content/perspectives/p.md --\n---\ntitle: A perspective\n---\nBody.\n" +
        "-- content/about.md --\n---\ntitle: About\n---\nBody.\n";

    private static TestSite Site(string config = "") =>
        new("-- site.config.yml --\ntitle: Forum briefings\norganisation: The Forum\n" + config + "-- content/_index.md --\n---\ntitle: Home\n---\nHi.\n" + Pages);

    [Fact]
    public void With_a_base_url_each_shared_page_has_a_card_named_by_its_meta_tags()
    {
        using var site = Site();
        var result = site.Build(strict: true, baseUrl: "https://forum.example.org/briefings/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.ReadOutput("case-studies/riverside/index.html"));
        string Meta(string name) => page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")!.GetAttribute("content")!;
        Assert.Equal("https://forum.example.org/briefings/case-studies/riverside/social-card.png", Meta("og:image"));
        Assert.Equal("1200", Meta("og:image:width"));
        Assert.Equal("630", Meta("og:image:height"));
        Assert.Equal("Case study · Riverside Estate, South London · May 2024 · Forum briefings", Meta("og:image:alt"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));

        foreach (var card in new[] { "social-card.png", "case-studies/riverside/social-card.png", "briefings/b/social-card.png", "perspectives/p/social-card.png" })
        {
            Assert.Equal((1200, 630), PngSize(File.ReadAllBytes(Path.Combine(site.Output, card))));
        }

        Assert.False(site.OutputExists("about/social-card.png")); // a plain page is not what people share
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", site.ReadOutput("about/index.html"));
        Assert.Contains("content=\"https://forum.example.org/briefings/social-card.png\"", site.ReadOutput("index.html"));
    }

    [Fact]
    public void Two_builds_of_the_same_site_draw_the_same_bytes()
    {
        using var first = Site();
        using var second = Site();
        Assert.True(first.Build(baseUrl: "https://forum.example.org/").Succeeded);
        Assert.True(second.Build(baseUrl: "https://forum.example.org/").Succeeded);

        var cards = first.OutputFiles().Where(f => f.EndsWith("social-card.png", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, cards.Count);
        foreach (var card in cards)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, card)), File.ReadAllBytes(Path.Combine(second.Output, card)));
        }

        // Different pages draw different pictures.
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first.Output, cards[0])), File.ReadAllBytes(Path.Combine(first.Output, cards[1])));
    }

    [Fact]
    public void Without_a_base_url_no_card_is_made_and_nothing_is_said()
    {
        using var site = Site();
        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(site.OutputFiles(), f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.DoesNotContain("og:image", site.ReadOutput("case-studies/riverside/index.html"));
    }

    [Fact]
    public void Social_cards_false_turns_them_off()
    {
        using var site = Site("social_cards: false\n");
        Assert.True(site.Build(strict: true, baseUrl: "https://forum.example.org/").Succeeded);

        Assert.DoesNotContain(site.OutputFiles(), f => f.EndsWith(".png", StringComparison.Ordinal));
        var page = site.ReadOutput("case-studies/riverside/index.html");
        Assert.DoesNotContain("og:image", page);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", page);
    }

    [Fact]
    public void A_welsh_site_says_the_kind_and_date_in_welsh()
    {
        using var site = Site("language: cy\n");
        Assert.True(site.Build(baseUrl: "https://forum.example.org/").Succeeded);

        Assert.Contains("content=\"Astudiaeth achos · Riverside Estate, South London · Mai 2024 · Forum briefings\"",
            site.ReadOutput("case-studies/riverside/index.html"));
    }

    [Fact]
    public void A_content_file_may_not_take_a_cards_place()
    {
        using var site = Site();
        site.WriteBytes("content/case-studies/riverside/social-card.png", [0x89, 0x50, 0x4E, 0x47]);
        var result = site.Build(baseUrl: "https://forum.example.org/");

        DiagnosticAssert.Single(result, "BG0209");
    }

    [Fact]
    public void The_cards_are_drawn_with_fonts_readers_never_download()
    {
        using var site = Site();
        Assert.True(site.Build(baseUrl: "https://forum.example.org/").Succeeded);

        Assert.True(site.OutputExists("social-card.png"));
        Assert.DoesNotContain(site.OutputFiles(), f => f.EndsWith(".ttf", StringComparison.Ordinal));
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20)));
    }
}
