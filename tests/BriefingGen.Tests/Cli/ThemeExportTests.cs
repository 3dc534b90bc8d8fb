using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Scaffolding;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Cli;

/// <summary>An editor copies the theme into the site to change it, and the build points at the copies left unchanged.</summary>
public sealed class ThemeExportTests
{
    [Fact]
    public void Export_writes_every_theme_file_into_templates_as_the_theme_has_it()
    {
        using var site = TestSite.With();
        var result = ThemeExport.Export(site.Root);

        Assert.Empty(result.Skipped);
        Assert.Equal(EmbeddedTheme.All.Select(f => "templates/" + f.Name), result.Written);
        foreach (var (name, bytes) in EmbeddedTheme.All)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(site.Root, "templates", name)));
        }

        Assert.Contains("templates/i18n/en.yml", result.Written);
        Assert.Contains("templates/assets/style.css", result.Written);
    }

    [Fact]
    public void Exporting_twice_writes_nothing_the_second_time()
    {
        using var site = TestSite.With();
        ThemeExport.Export(site.Root);
        var second = ThemeExport.Export(site.Root);
        Assert.Empty(second.Written);
        Assert.Equal(EmbeddedTheme.All.Count, second.Skipped.Count);
    }

    [Fact]
    public void A_file_the_site_has_is_kept_and_named_as_skipped()
    {
        using var site = TestSite.With("-- templates/partials/footer.html --\n<footer>Ours</footer>\n");
        var result = ThemeExport.Export(site.Root);
        Assert.Equal(["templates/partials/footer.html"], result.Skipped);
        Assert.Equal("<footer>Ours</footer>\n", File.ReadAllText(Path.Combine(site.Root, "templates", "partials", "footer.html")));
    }

    [Fact]
    public void The_build_warns_once_at_each_unchanged_copy_and_not_at_an_edited_one()
    {
        using var site = TestSite.With();
        ThemeExport.Export(site.Root);
        var edited = Path.Combine(site.Root, "templates", "partials", "footer.html");
        File.AppendAllText(edited, "<!-- ours -->\n");

        var copies = site.Build(write: false).Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateSameAsTheme).ToList();

        var expected = EmbeddedTheme.All.Select(f => "templates/" + f.Name).Where(p => p != "templates/partials/footer.html");
        Assert.Equal(expected.Order(StringComparer.Ordinal), copies.Select(d => d.Span.Path).Order(StringComparer.Ordinal));
        Assert.All(copies, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("delete it", copies[0].Message);
    }

    [Fact]
    public void Theme_export_on_the_command_line_prints_what_it_wrote_and_skipped()
    {
        using var site = TestSite.With("-- templates/partials/footer.html --\n<footer>Ours</footer>\n");
        var (exit, stdout, _) = CommandLineTests.Run("theme", "export", site.Root);
        Assert.Equal(0, exit);
        Assert.Contains("wrote templates/layouts/page.html", stdout);
        Assert.Contains("skipped templates/partials/footer.html", stdout);
        Assert.Equal(2, CommandLineTests.Run("theme", "export", "/no/such/folder").Exit);
    }
}
