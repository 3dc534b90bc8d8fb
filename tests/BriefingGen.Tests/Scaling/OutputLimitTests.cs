using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Scaling;

/// <summary>One long data text embedded on many pages cannot fill the disk: the output has a size limit, and data texts a length limit.</summary>
public sealed class OutputLimitTests
{
    [Fact]
    public void A_build_past_max_output_bytes_fails_at_a_page_and_keeps_the_previous_output()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nlimits:\n  max_output_bytes: 600000\n" +
                                      "-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n" +
                                      $"-- content/data/terms.yml --\n- id: long\n  name: Long\n  explanation: {new string('x', 20_000)}\n");
        for (var i = 0; i < 5; i++)
        {
            site.WriteFile($"content/p{i}.md", $"---\ntitle: P{i}\n---\n{{{{< term long >}}}}\n");
        }

        DiagnosticAssert.Clean(site.Build());
        var before = site.OutputFiles();

        for (var i = 5; i < 40; i++)
        {
            site.WriteFile($"content/p{i}.md", $"---\ntitle: P{i}\n---\n{{{{< term long >}}}}\n");
        }

        var result = site.Build();
        var diagnostic = DiagnosticAssert.Single(result, DiagnosticCodes.OutputTooLarge);
        Assert.Single(result.Diagnostics);
        Assert.StartsWith("content/p", diagnostic.Span.Path);
        Assert.Contains("600,000 bytes (limits.max_output_bytes)", diagnostic.Message);
        Assert.Equal(before, site.OutputFiles());
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).StartsWith("._site", StringComparison.Ordinal));
    }

    [Fact]
    public void Serve_counts_an_edited_page_at_its_new_size_against_max_output_bytes()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nlimits:\n  max_output_bytes: 400000\n" +
                                      "-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n" +
                                      "-- content/p.md --\n---\ntitle: P\n---\nShort.\n");
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        Assert.True(builder.Build().Succeeded);

        site.WriteFile("content/p.md", $"---\ntitle: P\n---\n{string.Concat(Enumerable.Repeat(new string('x', 1_000) + "\n\n", 400))}");
        DiagnosticAssert.Single(builder.Build(), DiagnosticCodes.OutputTooLarge);

        site.WriteFile("content/p.md", "---\ntitle: P\n---\nShort again.\n");
        Assert.True(builder.Build().Succeeded);
        site.WriteFile("content/p.md", $"---\ntitle: P\n---\n{string.Concat(Enumerable.Repeat(new string('y', 1_000) + "\n\n", 400))}");
        DiagnosticAssert.Single(builder.Build(), DiagnosticCodes.OutputTooLarge);
    }

    [Fact]
    public void The_page_named_is_the_same_in_every_build()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nlimits:\n  max_output_bytes: 200000\n" +
                                      "-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n" +
                                      $"-- content/data/terms.yml --\n- id: long\n  name: Long\n  explanation: {new string('x', 20_000)}\n");
        for (var i = 0; i < 40; i++)
        {
            site.WriteFile($"content/p{i:00}.md", $"---\ntitle: P{i}\n---\n{{{{< term long >}}}}\n");
        }

        var named = Enumerable.Range(0, 4).Select(_ => DiagnosticAssert.Single(site.Build(), DiagnosticCodes.OutputTooLarge).Span.Path).Distinct();
        Assert.Single(named);
    }

    [Fact]
    public void Max_output_bytes_must_be_positive()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nlimits:\n  max_output_bytes: 0\n-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.InvalidValue, "site.config.yml", 3, 21);
    }

    [Fact]
    public void A_data_text_over_max_text_length_is_an_error_at_the_text()
    {
        using var site = TestSite.With($"-- content/data/terms.yml --\n- id: long\n  name: Long\n  explanation: {new string('x', 100_001)}\n" +
                                       "-- content/p.md --\n---\ntitle: P\n---\n{{< term long >}}\n");
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.DataTextTooLong, "content/data/terms.yml", 3, 16);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void The_text_length_limit_is_configurable()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nlimits:\n  max_text_length: 200000\n" +
                                      "-- content/_index.md --\n---\ntitle: Home\n---\n{{< term long >}}\n" +
                                      $"-- content/data/terms.yml --\n- id: long\n  name: Long\n  explanation: {new string('x', 150_000)}\n");
        DiagnosticAssert.Clean(site.Build());
    }
}
