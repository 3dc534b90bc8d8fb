using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Diagnostics;

/// <summary>Input that would make a parser work for minutes or overflow its stack ends at once in a located error.</summary>
public sealed class LimitDiagnosticsTests
{
    [Fact]
    public void Lists_nested_thousands_deep_are_refused_at_the_first_line_past_the_limit()
    {
        var body = string.Join("\n", Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- item"));
        using var site = TestSite.With($"-- content/deep.md --\n---\ntitle: Deep\n---\n{body}\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.MarkdownTooDeep, "content/deep.md", 37, 1);
    }

    [Fact]
    public void Quotes_nested_too_deep_are_refused()
    {
        using var site = TestSite.With($"-- content/deep.md --\n---\ntitle: Deep\n---\n{new string('>', 40)} deep\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.MarkdownTooDeep, "content/deep.md", 4, 1);
    }

    [Fact]
    public void A_very_long_line_is_refused_at_the_column_past_the_limit()
    {
        using var site = TestSite.With($"-- content/long.md --\n---\ntitle: Long\n---\n{new string('*', 30000)}\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.LineTooLong, "content/long.md", 4, 20001);
    }

    [Fact]
    public void The_line_limit_is_configurable()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nlimits:\n  max_line_length: 100\n" +
                                      $"-- content/_index.md --\n---\ntitle: Home\n---\n{new string('a', 150)}\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.LineTooLong, "content/_index.md", 4, 101);
    }

    [Fact]
    public void Yaml_nested_too_deep_is_refused_before_it_is_read()
    {
        using var site = TestSite.With($"-- content/data/deep.yml --\na: {new string('[', 200)}{new string(']', 200)}\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.YamlTooComplex, "content/data/deep.yml", 1, 67);
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 30; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]");
        }

        using var site = TestSite.With($"-- content/data/bomb.yml --\n{string.Join("\n", lines)}\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.YamlTooComplex);
        Assert.Equal("content/data/bomb.yml", diagnostic.Span.Path);
    }
}
