using System.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Tests.Hardening;
using BriefingGen.Tests.Support;
using Markdig;

namespace BriefingGen.Tests.Scaling;

/// <summary>Heading anchors are the ones Markdig's GitHub-style auto-identifiers give, made unique in linear time.</summary>
[Collection(HeavyTestsCollection.Name)]
public sealed class HeadingIdTests
{
    [Fact]
    public void Duplicate_and_numbered_headings_get_the_same_ids_as_markdigs_auto_identifiers()
    {
        // Headings of two lines come early: the renderer that reads a heading's text is reused for the next ones.
        const string markdown = "# A 1\n\nTwo\nlines\n-----\n\nHard  \nbreak\n===\n\n## A\n\n## A\n\nA\n-\n\n### A-2\n\n## A\n\n## [A](x) *1*\n\n## \n\n## ?\n\n> ## Quoted\n\n- ## Listed\n\n## Quoted\n\n## Ça va `code`\n\n## A-1-1\n\n## A-1\n";
        var ours = Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create(unsafeHtml: false));
        var markdigs = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).UseSmartyPants().UseTaskLists()
            .UseDefinitionLists().UsePreciseSourceLocation().DisableHtml().Build());
        Assert.Equal(markdigs, ours);
        Assert.Contains("id=\"a-2-1\"", ours);
    }

    [Fact]
    public void Fifty_thousand_identical_headings_build_in_seconds_with_unique_ids()
    {
        using var site = TestSite.With($"-- content/same.md --\n---\ntitle: Same\n---\n{string.Concat(Enumerable.Repeat("## Same\n\n", 50_000))}");
        var clock = Stopwatch.StartNew();
        var result = site.Build();
        clock.Stop();

        DiagnosticAssert.Clean(result);
        var html = site.ReadOutput("same/index.html");
        Assert.Contains("id=\"same\"", html);
        Assert.Contains("id=\"same-49999\"", html);
        // Quadratic numbering took over a minute here; linear takes about a second.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
