using System.Diagnostics;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Hardening;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Scaling;

/// <summary>"Did you mean" stays cheap however many unknown names a page has and however large the bibliography.</summary>
[Collection(HeavyTestsCollection.Name)]
public sealed class SuggestionScalingTests
{
    [Fact]
    public void A_page_citing_20000_unknown_keys_against_5000_references_is_reported_in_seconds_with_a_few_suggestions()
    {
        var references = new StringBuilder("-- content/data/references.yml --\n");
        for (var i = 0; i < 5_000; i++)
        {
            references.Append($"- {{ id: author{i:D5}, type: book, title: Book {i}, issued: {{ date-parts: [[2000]] }} }}\n");
        }

        var page = new StringBuilder("-- content/a.md --\n---\ntitle: A\n---\nCites [@author00001]");
        for (var i = 0; i < 20_000; i++)
        {
            page.Append($"\n[@auther{i % 5_000:D5}x{i}]");
        }

        using var site = TestSite.With(references + page.ToString() + "\n");
        var clock = Stopwatch.StartNew();
        var result = site.Build(write: false);
        clock.Stop();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code != DiagnosticCodes.UnknownCitation && d.IsError);
        var unknown = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownCitation).ToList();
        Assert.Equal(20_000, unknown.Count);
        Assert.Contains("did you mean 'author00000'", unknown[0].Message);
        Assert.True(unknown.Count(d => d.Message.Contains("did you mean", StringComparison.Ordinal)) <= 20);
        // Comparing every unknown key with every reference took minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
