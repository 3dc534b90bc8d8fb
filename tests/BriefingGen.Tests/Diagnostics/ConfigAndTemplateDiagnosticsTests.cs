using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Diagnostics;

/// <summary>Problems in site.config.yml and in templates point at the config or template line.</summary>
public sealed class ConfigAndTemplateDiagnosticsTests
{
    [Fact]
    public void Unknown_config_key_is_a_warning_at_its_location()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\ncolour: blue\n-- content/_index.md --\n---\ntitle: Home\n---\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.UnknownKey, "site.config.yml", 2, 1);
    }

    [Fact]
    public void Wrong_config_type_is_an_error()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nmenu: not-a-list\n-- content/_index.md --\n---\ntitle: Home\n---\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.WrongType, "site.config.yml", 2, 7);
    }

    [Fact]
    public void Malformed_config_yaml_is_an_error_at_its_line()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nmenu:\n  - title: \"unclosed\n-- content/_index.md --\n---\ntitle: Home\n---\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.YamlSyntax);
        Assert.Equal("site.config.yml", diagnostic.Span.Path);
        Assert.True(diagnostic.Span.Line >= 3);
    }

    [Fact]
    public void Base_url_that_is_not_an_address_is_an_error()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nbase_url: example.org\n-- content/_index.md --\n---\ntitle: Home\n---\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.InvalidValue, "site.config.yml", 2, 11);
    }

    [Fact]
    public void Template_syntax_error_points_at_the_template_line_and_column()
    {
        using var site = TestSite.With("-- templates/layouts/page.html --\n<p>ok</p>\n<p>{{ if page.title }}</p>\n");
        site.WriteFile("content/notes.md", "---\ntitle: Notes\n---\nBody\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.TemplateSyntax);
        Assert.Equal("templates/layouts/page.html", diagnostic.Span.Path);
        Assert.True(diagnostic.Span.Line >= 2);
    }

    [Fact]
    public void Template_runtime_error_points_at_the_template_and_names_the_page()
    {
        using var site = TestSite.With("-- templates/layouts/page.html --\n<h1>{{ page.title }}</h1>\n{{ nosuch_function 1 }}\n");
        site.WriteFile("content/notes.md", "---\ntitle: Notes\n---\nBody\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.TemplateRuntime);
        Assert.Equal("templates/layouts/page.html:2:4", diagnostic.Span.ToString());
        Assert.Contains("content/notes.md", diagnostic.Message);
    }

    [Fact]
    public void Include_outside_the_templates_folder_is_refused()
    {
        using var site = TestSite.With("-- templates/layouts/page.html --\n{{ include \"../../site.config.yml\" }}\n");
        site.WriteFile("content/notes.md", "---\ntitle: Notes\n---\nBody\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.TemplateRuntime);
        Assert.Equal("templates/layouts/page.html:1:4", diagnostic.Span.ToString());
        Assert.Contains("not allowed", diagnostic.Message);
    }

    [Fact]
    public void Template_loop_without_end_stops_at_the_loop_limit()
    {
        using var site = TestSite.With("-- templates/layouts/page.html --\n{{ while true }}x{{ end }}\n");
        site.WriteFile("content/notes.md", "---\ntitle: Notes\n---\nBody\n");
        DiagnosticAssert.Single(site.Build(), DiagnosticCodes.TemplateRuntime);
    }

    [Fact]
    public void Output_folder_that_is_the_site_folder_is_refused()
    {
        using var site = TestSite.With();
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = site.Root });
        DiagnosticAssert.Single(result, DiagnosticCodes.OutputFolderRefused);
        Assert.True(File.Exists(Path.Combine(site.Root, "site.config.yml")));
    }
}
