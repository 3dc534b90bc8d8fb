using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>Dates show at the precision an editor wrote them, and a case may name several places and periods.</summary>
public sealed class DatesAndPlacesTests
{
    private static string Case(string date) => $"""
        -- content/case-studies/moor.md --
        ---
        title: Moorside energy co-op
        date: {date}
        place: [Leeds, Bradford]
        period: [2005-2007, "2012"]
        timeline:
          - date: 2006-03
            event: The co-op is formed.
          - date: spring 2008
            event: The first turbine turns.
        ---
        Body.

        """;

    [Theory]
    [InlineData("2019", "<time datetime=\"2019\">2019</time>")]
    [InlineData("2019-05", "<time datetime=\"2019-05\">May 2019</time>")]
    [InlineData("2019-05-14", "<time datetime=\"2019-05-14\">14 May 2019</time>")]
    public void A_page_s_date_is_shown_at_the_precision_written(string date, string shown)
    {
        using var site = TestSite.With(Case(date));
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains(shown, site.ReadOutput("case-studies/moor/index.html"));
    }

    [Fact]
    public void A_date_that_is_no_date_is_an_error_at_its_value()
    {
        using var site = TestSite.With(Case("2019-13"));
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.InvalidValue, "content/case-studies/moor.md", 3, 7);
    }

    [Fact]
    public void Several_places_and_periods_are_listed_together()
    {
        using var site = TestSite.With(Case("2019"));
        DiagnosticAssert.Clean(site.Build());
        var list = site.ReadOutput("case-studies/index.html");
        Assert.Contains("Leeds; Bradford, 2005-2007; 2012", list);
    }

    [Fact]
    public void Timeline_dates_in_iso_form_are_shown_in_words_and_others_as_written()
    {
        using var site = TestSite.With(Case("2019"));
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("case-studies/moor/index.html");
        Assert.Contains("<time class=\"when\" datetime=\"2006-03\">March 2006</time> The co-op is formed.", html);
        Assert.Contains("<span class=\"when\">spring 2008</span> The first turbine turns.", html);
    }
}
