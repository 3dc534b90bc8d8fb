using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// A case study is read for the years it ran: its period shows under its title and in its key facts, and the day it
/// was published only among the page's dates at its end. A page without a period shows its date under its title.
/// </summary>
public sealed class PeriodAndDatesTests
{
    private const string Case = """
        -- content/case-studies/moor.md --
        ---
        title: Moorside energy co-op
        date: 2026-11-23
        updated: 2026-12-03
        authors: [A. Editor]
        period: "2005-2007"
        ---
        Body.
        -- content/about.md --
        ---
        title: About
        date: 2026-11-23
        ---
        About us.

        """;

    [Fact]
    public void A_case_study_shows_its_period_under_its_title_and_its_dates_at_its_end()
    {
        using var site = TestSite.With(Case);
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("case-studies/moor/index.html");

        Assert.Contains("<p class=\"byline\">By A. Editor · <span class=\"period\">2005-2007</span></p>", html);
        Assert.Contains("<dt>Period</dt><dd>2005-2007</dd>", html);
        Assert.Contains("<p class=\"page-dates\">Published <time datetime=\"2026-11-23\">23 November 2026</time> · " +
            "<span class=\"updated\">Updated <time datetime=\"2026-12-03\">3 December 2026</time></span></p>", html);
        // The publication day is nowhere else on the page.
        Assert.Single(html.Split("23 November 2026").Skip(1));
        Assert.True(html.IndexOf("class=\"page-dates\"", StringComparison.Ordinal) > html.IndexOf("class=\"content\"", StringComparison.Ordinal),
            "the page's dates come before its text");
    }

    [Fact]
    public void A_page_without_a_period_shows_its_date_under_its_title()
    {
        using var site = TestSite.With(Case);
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("about/index.html");

        Assert.Contains("<p class=\"byline\"><time datetime=\"2026-11-23\">23 November 2026</time></p>", html);
        Assert.DoesNotContain("page-dates", html);
    }

    [Fact]
    public void A_welsh_case_study_says_published_and_updated_in_welsh()
    {
        using var site = TestSite.With(Case);
        site.WriteFile("site.config.yml", "title: Test briefings\nlanguage: cy\n");
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("case-studies/moor/index.html");

        Assert.Contains("<dt>Cyfnod</dt><dd>2005-2007</dd>", html);
        Assert.Contains("Cyhoeddwyd <time datetime=\"2026-11-23\">23 Tachwedd 2026</time> · " +
            "<span class=\"updated\">Diweddarwyd <time datetime=\"2026-12-03\">3 Rhagfyr 2026</time></span>", html);
    }
}
