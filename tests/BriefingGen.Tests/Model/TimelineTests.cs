using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Model;

/// <summary>
/// A timeline in <c>data/timelines.yml</c> is embedded with <c>{{&lt; timeline ID &gt;}}</c>, gets its own page listing
/// where it is used, and its events' term links and citations resolve, or are reported where they are written.
/// </summary>
public sealed class TimelineTests
{
    [Fact]
    public void An_embedded_timeline_shows_its_events_with_dates_at_the_precision_written()
    {
        using var site = TimelineSite.Site();
        var result = site.Build();
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        var page = site.ReadOutput("case-studies/estate/index.html");
        Assert.Contains("<a href=\"../../timelines/estate-project/index.html\">The estate&#39;s youth project</a>", page);
        Assert.Contains("<time class=\"when\" datetime=\"2015\">2015</time> <span class=\"event-title\">The council cuts the youth service</span>", page);
        Assert.Contains("<time class=\"when\" datetime=\"2016-03\">March 2016</time>", page);
        Assert.Contains("<time class=\"when\" datetime=\"2016-09-12\">12 September 2016</time>", page);
    }

    [Fact]
    public void A_term_link_and_a_citation_in_an_event_resolve()
    {
        using var site = TimelineSite.Site();
        Assert.True(site.Build().Succeeded);
        var page = site.ReadOutput("timelines/estate-project/index.html");
        Assert.Contains("<a class=\"term-link\" href=\"../../definitions/index.html#term-habitus\"", page);
        Assert.Contains("<a class=\"cite\" href=\"../../bibliography/index.html#ref-chamberlain2010\">Chamberlain Forum, 2010</a>", page);
        // The timeline's page uses the term: the definitions page lists it among the term's pages.
        Assert.Contains("<a href=\"../timelines/estate-project/index.html\">The estate&#39;s youth project</a>", site.ReadOutput("definitions/index.html"));
    }

    [Fact]
    public void A_timeline_has_its_own_page_that_lists_the_pages_that_embed_it_and_an_index()
    {
        using var site = TimelineSite.Site();
        Assert.True(site.Build().Succeeded);
        var page = site.ReadOutput("timelines/estate-project/index.html");
        Assert.Contains("<h1>The estate&#39;s youth project</h1>", page);
        Assert.Contains("<h2>Pages that show this timeline</h2>\n<ul class=\"used-by\"><li><a href=\"../../case-studies/estate/index.html\">The estate</a></li></ul>", page);
        Assert.DoesNotContain("Another case", page);
        var index = site.ReadOutput("timelines/index.html");
        Assert.Contains("<a href=\"../timelines/estate-project/index.html\">The estate&#39;s youth project</a>", index);
        Assert.Contains("<a href=\"timelines/index.html\">Timelines</a>", site.ReadOutput("index.html"));
    }

    [Fact]
    public void Unknown_term_in_an_event_is_an_error_at_its_line_and_column_in_timelines_yml()
    {
        using var site = TimelineSite.SiteWith("Their [[habitus]] shapes", "Their [[habitas]] shapes");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownTerm, error.Code);
        Assert.Equal($"{TimelineSite.File}:10:19", error.Span.ToString());
        Assert.Contains("did you mean 'habitus'", error.Message);
    }

    [Fact]
    public void Unknown_citation_in_an_event_is_an_error_at_its_line_and_column()
    {
        using var site = TimelineSite.SiteWith("shapes who speaks [@chamberlain2010]", "shapes who speaks [@chamberlain2011]");
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownCitation, error.Code);
        Assert.Equal($"{TimelineSite.File}:10:50", error.Span.ToString());
    }

    [Fact]
    public void Unknown_timeline_in_an_embed_is_an_error_at_the_embed_with_a_suggestion()
    {
        using var site = TimelineSite.SiteWith("{{< timeline estate-project >}}", "{{< timeline estate-projet >}}");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownDataItem, error.Code);
        Assert.Equal($"{TimelineSite.Page}:6:1", error.Span.ToString());
        Assert.Equal("no timeline 'estate-projet' to embed (did you mean 'estate-project'?)", error.Message);
    }

    [Fact]
    public void A_timeline_no_page_embeds_is_a_warning_at_its_entry()
    {
        using var site = TimelineSite.SiteWith("{{< timeline estate-project >}}", "");
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnusedDataItem, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal($"{TimelineSite.File}:1:3", warning.Span.ToString());
        Assert.Equal("no page embeds the timeline 'estate-project'; add {{< timeline estate-project >}} to a page", warning.Message);
    }

    [Theory]
    [InlineData("2016-13")]
    [InlineData("2015-02-29")]
    [InlineData("March 2016")]
    public void A_date_that_is_not_a_year_month_or_day_is_an_error_at_its_value(string date)
    {
        using var site = TimelineSite.SiteWith("date: 2016-03", $"date: {date}");
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal($"{TimelineSite.File}:8:13", error.Span.ToString());
        Assert.Contains($"'{date}' is not a date", error.Message);
    }

    [Fact]
    public void A_welsh_site_shows_a_timeline_in_welsh()
    {
        var site = Language.TranslatedSite.Get("cy");
        var page = site.Read("case-studies/riverside/index.html");
        Assert.Contains("<time class=\"when\" datetime=\"2019-05\">Mai 2019</time>", page);
        Assert.Contains("<time class=\"when\" datetime=\"2021-03-14\">14 Mawrth 2021</time>", page);
        Assert.Contains("<h2>Tudalennau sy&#39;n dangos y llinell amser hon</h2>", site.Read("timelines/riverside-play-area/index.html"));
        Assert.Contains(">Llinellau amser</a> <span class=\"summary\">1 llinell amser: ", site.Read("index.html"));
    }
}
