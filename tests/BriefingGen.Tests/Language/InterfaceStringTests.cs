using BriefingGen.Diagnostics;
using BriefingGen.Model.Language;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Language;

/// <summary>Interface strings: chosen by the config's language, overridden by a site key by key, with the language's plural forms.</summary>
public sealed class InterfaceStringTests
{
    private const string CaseStudy = "-- content/case-studies/x.md --\n---\ntitle: X\nplace: Leeds\ndate: 2024-03-05\n---\nText.\n";

    private static TestSite Site(string language, string files = "") => new(
        $"-- site.config.yml --\ntitle: Test briefings\nlanguage: {language}\n-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n" + CaseStudy + files);

    [Fact]
    public void A_site_overrides_one_key_and_keeps_the_theme_s_others()
    {
        using var site = Site("en-GB", "-- templates/i18n/en.yml --\nkey_facts: At a glance\n");
        DiagnosticAssert.Clean(site.Build());
        var page = site.ReadOutput("case-studies/x/index.html");
        Assert.Contains("<h2 id=\"facts-heading\">At a glance</h2>", page);
        Assert.Contains("<dt>Place</dt>", page);
    }

    [Fact]
    public void A_welsh_site_overrides_one_welsh_key()
    {
        using var site = Site("cy", "-- templates/i18n/cy.yml --\nkey_facts: Cipolwg\n");
        DiagnosticAssert.Clean(site.Build());
        var page = site.ReadOutput("case-studies/x/index.html");
        Assert.Contains("<h2 id=\"facts-heading\">Cipolwg</h2>", page);
        Assert.Contains("<dt>Lle</dt>", page);
        Assert.Contains(">5 Mawrth 2024</time>", page);
    }

    [Theory]
    [InlineData("cy", "0 tudalen;1 dudalen;2 dudalen;3 tudalen;4 o dudalennau;6 thudalen;11 o dudalennau;")]
    [InlineData("en", "0 pages;1 page;2 pages;3 pages;4 pages;6 pages;11 pages;")]
    public void A_count_takes_the_plural_form_of_the_language(string language, string expected)
    {
        using var site = Site(language, "-- templates/partials/footer.html --\n<p id=\"counts\">{{ for n in [0, 1, 2, 3, 4, 6, 11] }}{{ t_count \"count_pages\" n }};{{ end }}</p>\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains($"<p id=\"counts\">{expected}</p>", site.ReadOutput("index.html"));
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(6, "many")]
    [InlineData(4, "other")]
    [InlineData(5, "other")]
    [InlineData(100, "other")]
    public void Welsh_counts_fall_into_the_six_cldr_categories(long count, string category) =>
        Assert.Equal(category, PluralRules.Category("cy", count));

    [Fact]
    public void A_count_in_english_is_one_only_for_one() =>
        Assert.Equal(["other", "one", "other"], new long[] { 0, 1, 2 }.Select(n => PluralRules.Category("en-GB", n)));

    [Fact]
    public void An_unknown_language_warns_at_the_config_key_and_falls_back_to_english()
    {
        using var site = Site("xx-YY");
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.UnknownLanguage, "site.config.yml", 2, 11);
        var message = DiagnosticAssert.Single(result, DiagnosticCodes.UnknownLanguage).Message;
        Assert.Contains("'language'", message);
        Assert.Contains("cy, en", message);
        Assert.Contains("templates/i18n/xx-YY.yml", message);
        Assert.Contains("<h2 id=\"facts-heading\">Key facts</h2>", site.ReadOutput("case-studies/x/index.html"));
    }

    [Fact]
    public void A_regional_language_takes_its_base_language_without_a_warning()
    {
        using var site = Site("cy-GB");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<h2 id=\"facts-heading\">Ffeithiau allweddol</h2>", site.ReadOutput("case-studies/x/index.html"));
    }

    [Fact]
    public void A_site_may_add_a_language_and_is_told_which_keys_it_lacks()
    {
        using var site = Site("fr", "-- templates/i18n/fr.yml --\nkey_facts: En bref\n");
        var result = site.Build();
        var warning = DiagnosticAssert.Single(result, DiagnosticCodes.MissingInterfaceString);
        Assert.Equal("templates/i18n/fr.yml", warning.Span.Path);
        Assert.Contains("bibliography", warning.Message);
        var page = site.ReadOutput("case-studies/x/index.html");
        Assert.Contains("<html lang=\"fr\">", page);
        Assert.Contains("<h2 id=\"facts-heading\">En bref</h2>", page);
        Assert.Contains("<dt>Place</dt>", page);
        Assert.Contains(">5 mars 2024</time>", page); // French month names, from .NET's fr culture
    }

    [Fact]
    public void Bad_yaml_in_a_language_file_is_an_error_at_its_line()
    {
        using var site = Site("en", "-- templates/i18n/en.yml --\nhome: Start\nkey_facts: [unclosed\n");
        var error = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.YamlSyntax);
        Assert.Equal("templates/i18n/en.yml", error.Span.Path);
        Assert.InRange(error.Span.Line, 2, 3);
    }

    [Fact]
    public void A_plural_without_an_other_form_is_an_error_at_its_key()
    {
        using var site = Site("en", "-- templates/i18n/en.yml --\nhome: Start\ncount_pages:\n  one: a page\n  some: pages\n");
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.MissingRequiredField, "templates/i18n/en.yml", 2, 1);
        DiagnosticAssert.At(result, DiagnosticCodes.InvalidValue, "templates/i18n/en.yml", 4, 3);
    }

    [Fact]
    public void A_template_asking_for_a_key_no_language_file_has_is_an_error_at_its_line()
    {
        using var site = Site("en", "-- templates/partials/footer.html --\n<footer>\n{{ t \"no_such_key\" }}</footer>\n");
        var errors = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateRuntime).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal("templates/partials/footer.html:2:4", error.Span.ToString());
            Assert.Contains("no interface string 'no_such_key'", error.Message);
        });
    }

    [Fact]
    public void A_string_with_a_link_inside_is_escaped_around_the_link()
    {
        using var site = Site("en", "-- templates/i18n/en.yml --\nnot_found_text: Nothing <b>here</b> & {home_page}.\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<p>Nothing &lt;b&gt;here&lt;/b&gt; &amp; <a href=\"index.html\">home page</a>.</p>", site.ReadOutput("404.html"));
    }

    [Fact]
    public void Serve_shows_an_edited_language_file_at_the_next_build()
    {
        using var site = Site("en", "-- templates/i18n/en.yml --\nkey_facts: At a glance\n");
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        DiagnosticAssert.Clean(builder.Build());
        Assert.Contains(">At a glance</h2>", site.ReadOutput("case-studies/x/index.html"));
        site.WriteFile("templates/i18n/en.yml", "key_facts: In short\n");
        DiagnosticAssert.Clean(builder.Build());
        Assert.Contains(">In short</h2>", site.ReadOutput("case-studies/x/index.html"));
        site.WriteFile("site.config.yml", "title: Test briefings\nlanguage: cy\n");
        DiagnosticAssert.Clean(builder.Build());
        Assert.Contains(">Ffeithiau allweddol</h2>", site.ReadOutput("case-studies/x/index.html"));
    }
}
