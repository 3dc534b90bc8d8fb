using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>The theme's two families ship with every site, with their licence, and both the pages and the print editions use them.</summary>
public sealed partial class ThemeFontTests
{
    private static readonly string[] Fonts =
    [
        "inter-bold.woff2", "inter-regular.woff2", "inter-semi-bold.woff2",
        "noto-serif-bold-italic.woff2", "noto-serif-bold.woff2", "noto-serif-italic.woff2", "noto-serif-regular.woff2",
    ];

    [Fact]
    public void Every_site_is_written_with_the_theme_fonts_and_their_licence()
    {
        using var site = TestSite.With();
        Assert.True(site.Build().Succeeded);

        foreach (var font in Fonts)
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, "assets", "fonts", font));
            Assert.Equal("wOF2"u8.ToArray(), bytes[..4]);
        }

        var licence = site.ReadOutput("assets/fonts/OFL.txt");
        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", licence);
        Assert.Contains("The Inter Project Authors", licence);
        Assert.Contains("Noto Serif", licence);
    }

    [Fact]
    public void The_font_faces_name_each_shipped_file_and_swap_and_both_style_sheets_use_them()
    {
        using var site = TestSite.With();
        Assert.True(site.Build().Succeeded);

        var faces = site.ReadOutput("assets/fonts.css");
        var sources = FontSource().Matches(faces).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Fonts.Select(f => "fonts/" + f), sources);
        Assert.Equal(Fonts.Length, Regex.Matches(faces, "font-display: swap").Count);
        Assert.DoesNotContain("//", faces.Replace("/*", "").Replace("*/", "")); // nothing fetched from elsewhere

        Assert.StartsWith("@import url(\"fonts.css\");", site.ReadOutput("assets/style.css").Split('\n')[1]);
        Assert.StartsWith("@import url(\"fonts.css\");", site.ReadOutput("assets/print.css").Split('\n')[1]);
        Assert.Contains("--serif: \"Noto Serif\"", site.ReadOutput("assets/style.css"));
        Assert.Contains("\"Noto Serif\", \"Liberation Serif\"", site.ReadOutput("assets/print.css"));
    }

    [Fact]
    public void The_theme_css_and_javascript_stay_under_60_kb_fonts_aside()
    {
        using var site = TestSite.With();
        Assert.True(site.Build().Succeeded);

        var bytes = Directory.EnumerateFiles(Path.Combine(site.Output, "assets"))
            .Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Sum(f => new FileInfo(f).Length);
        Assert.InRange(bytes, 1, 60 * 1024 - 1);
    }

    [GeneratedRegex("url\\(\"([^\"]+)\"\\)")]
    private static partial Regex FontSource();
}
