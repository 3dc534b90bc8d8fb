using BriefingGen.Parsing;
using BriefingGen.Parsing.Syntax;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Tests.Model;

/// <summary>
/// The briefing syntax as Markdig parses it: pandoc citations, term links and embeds, and the look-alikes
/// (e-mail addresses, links) that must stay what they are.
/// </summary>
public sealed class CitationParserTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(false);

    private static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    private static CitationInline SingleCitation(string markdown) => Assert.Single(Parse(markdown).Descendants<CitationInline>());

    // Each item written as "prefix|key|locator|suppress", items joined by " ; ".
    private static string Describe(CitationInline citation) =>
        string.Join(" ; ", citation.Items.Select(i => $"{i.Prefix}|{i.Key}|{i.Locator}|{(i.SuppressAuthor ? "-" : "")}"));

    [Theory]
    [InlineData("[@bovaird2007]", "|bovaird2007||")]
    [InlineData("[@bovaird2007, p. 12]", "|bovaird2007|p. 12|")]
    [InlineData("[@needham2009; @horne2009]", "|needham2009|| ; |horne2009||")]
    [InlineData("[-@ostrom1996]", "|ostrom1996||-")]
    [InlineData("[see @a, pp. 3-4; also @b]", "see|a|pp. 3-4| ; also|b||")]
    [InlineData("[@ostrom1996, p. 1073; -@ostrom1996b, ch. 2]", "|ostrom1996|p. 1073| ; |ostrom1996b|ch. 2|-")]
    public void Bracketed_citation_is_parsed_into_its_items(string markdown, string expected)
    {
        var citation = SingleCitation("As shown " + markdown + " here.");
        Assert.True(citation.Parenthetical);
        Assert.Equal(expected, Describe(citation));
    }

    [Theory]
    [InlineData("@ostrom1996 argues", "ostrom1996")]
    [InlineData("As @ostrom1996 argues", "ostrom1996")]
    [InlineData("As @ostrom1996. argued", "ostrom1996")]
    [InlineData("(see @needham2009)", "needham2009")]
    [InlineData("@smith:2004-a/b, too", "smith:2004-a/b")]
    public void Narrative_citation_is_a_key_after_at_sign(string markdown, string key)
    {
        var citation = SingleCitation(markdown);
        Assert.False(citation.Parenthetical);
        var item = Assert.Single(citation.Items);
        Assert.Equal(key, item.Key);
        Assert.Equal("", item.Prefix);
        Assert.Equal("", item.Locator);
        Assert.False(item.SuppressAuthor);
    }

    [Theory]
    [InlineData("Write to someone@example.org for details.")]
    [InlineData("[contact someone@example.org]")]
    [InlineData("[text](http://x)")]
    [InlineData("[@ ]")]
    [InlineData("a lone @ sign")]
    [InlineData("`[@bovaird2007]` in code")]
    public void Look_alikes_are_not_citations(string markdown)
    {
        Assert.Empty(Parse(markdown).Descendants<CitationInline>());
    }

    [Theory]
    [InlineData("[text](http://x)", "http://x")]
    [InlineData("[@key](url)", "url")]
    public void Bracket_followed_by_a_url_is_an_ordinary_link(string markdown, string url)
    {
        var document = Parse(markdown);
        var link = Assert.Single(document.Descendants<LinkInline>());
        Assert.Equal(url, link.Url);
        Assert.False(link.IsImage);
        Assert.DoesNotContain(document.Descendants<CitationInline>(), c => c.Parenthetical);
    }

    [Fact]
    public void Bracket_with_a_part_that_names_no_key_is_not_a_parenthetical_citation()
    {
        // As in pandoc, the brackets stay text; the key inside still reads as a narrative citation.
        var citation = SingleCitation("[@a; no key here]");
        Assert.False(citation.Parenthetical);
        Assert.Equal("a", Assert.Single(citation.Items).Key);
    }

    [Fact]
    public void Email_address_stays_plain_text()
    {
        var document = Parse("Write to someone@example.org please.");
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Equal("Write to someone@example.org please.", string.Concat(document.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
    }

    [Fact]
    public void Citation_items_know_the_line_and_column_of_their_at_sign()
    {
        var citation = SingleCitation("First line.\nSecond [@a; see @b] line.");
        // Markdig positions are zero-based: line 1 is the second line; '@a' sits at column 8, '@b' at column 16.
        Assert.Equal([(1, 8), (1, 16)], citation.Items.Select(i => (i.Line, i.Column)));
        Assert.Equal((1, 7), (citation.Line, citation.Column));
    }

    [Theory]
    [InlineData("[[habitus]]", "habitus", null)]
    [InlineData("[[core-economy|the core economy]]", "core-economy", "the core economy")]
    [InlineData("[[ core-economy | the core economy ]]", "core-economy", "the core economy")]
    [InlineData("[[habitus|]]", "habitus", null)]
    public void Term_link_has_its_target_and_label(string markdown, string target, string? label)
    {
        var link = Assert.Single(Parse("Before " + markdown + " after.").Descendants<TermLinkInline>());
        Assert.Equal(target, link.Target);
        Assert.Equal(label, link.Label);
        Assert.Empty(Parse(markdown).Descendants<CitationInline>());
    }

    [Theory]
    [InlineData("[[]]")]
    [InlineData("[[habitus\ncontinued]]")]
    [InlineData("[habitus]")]
    [InlineData("`[[habitus]]`")]
    public void Malformed_term_links_are_not_term_links(string markdown)
    {
        Assert.Empty(Parse(markdown).Descendants<TermLinkInline>());
    }

    [Theory]
    [InlineData("{{< grid change-grid >}}", "grid", "change-grid")]
    [InlineData("{{<figure willingness-to-spend-time>}}", "figure", "willingness-to-spend-time")]
    [InlineData("  {{< definitions co-production >}}  ", "definitions", "co-production")]
    public void Embed_line_is_an_embed_block(string markdown, string kind, string id)
    {
        var embed = Assert.Single(Parse("Intro.\n\n" + markdown + "\n\nOutro.\n").Descendants<EmbedBlock>());
        Assert.Equal(kind, embed.Kind);
        Assert.Equal(id, embed.Id);
        Assert.Equal(2, embed.Line);
    }

    [Theory]
    [InlineData("Text {{< grid change-grid >}} in a sentence.")]
    [InlineData("    {{< grid change-grid >}}")]
    [InlineData("```\n{{< grid change-grid >}}\n```")]
    public void Embed_must_stand_on_its_own_line_outside_code(string markdown)
    {
        Assert.Empty(Parse(markdown).Descendants<EmbedBlock>());
    }
}
