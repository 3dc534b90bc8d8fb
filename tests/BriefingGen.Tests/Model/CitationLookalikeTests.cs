using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Parsing.Syntax;
using BriefingGen.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Tests.Model;

/// <summary>Text that looks like a citation but is not one stays as the editor wrote it.</summary>
public sealed class CitationLookalikeTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(false);

    [Theory]
    [InlineData("See https://medium.com/@someone/post here.")]
    [InlineData("Mail name@example.org today.")]
    [InlineData("Key:@value and path/@x.")]
    public void An_at_sign_inside_a_word_or_address_is_not_a_citation(string markdown) =>
        Assert.Empty(Markdown.Parse(markdown, Pipeline).Descendants<CitationInline>());

    [Fact]
    public void A_link_whose_text_starts_with_an_at_sign_is_a_plain_link()
    {
        var document = Markdown.Parse("Follow [@chamberlainforum](https://example.org/chamberlainforum).", Pipeline);
        Assert.Empty(document.Descendants<CitationInline>());
        Assert.Single(document.Descendants<LinkInline>());
    }

    [Fact]
    public void A_bracketed_citation_may_wrap_onto_the_next_line()
    {
        var citation = Assert.Single(Markdown.Parse("As argued [see @bovaird2007,\np. 12] before.", Pipeline).Descendants<CitationInline>());
        Assert.True(citation.Parenthetical);
        Assert.Equal("bovaird2007", citation.Items[0].Key);
        Assert.Equal("see", citation.Items[0].Prefix);
    }

    [Fact]
    public void A_broken_link_to_a_markdown_file_is_reported_once_at_its_line()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\n---\nSee [the plan](missing.md).\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.BrokenLink, "content/notes.md", 4, 5);
    }
}
