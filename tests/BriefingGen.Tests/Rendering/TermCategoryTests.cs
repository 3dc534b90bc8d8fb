using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>The definitions page lists terms under their categories' own titles, as the data writes them.</summary>
public sealed class TermCategoryTests
{
    private const string Terms =
        "-- content/data/terms.yml --\n" +
        "- id: budget\n  name: Participatory budgeting\n  category: Policy\n  explanation: Residents decide part of a budget.\n" +
        "- id: co-op\n  name: Energy co-operative\n  category: Community energy\n  explanation: Owned by its members.\n" +
        "- id: levy\n  name: Levy\n  category: Policy\n  explanation: A charge.\n" +
        "- id: grid\n  name: Grid\n  explanation: The wires.\n" +
        "-- content/about.md --\n---\ntitle: About\n---\n[[budget]], [[co-op]], [[levy]] and [[grid]].\n";

    [Fact]
    public void Each_category_is_headed_by_its_own_title_in_the_order_the_data_first_uses_it()
    {
        using var site = TestSite.With(Terms);
        DiagnosticAssert.Clean(site.Build());

        var html = site.ReadOutput("definitions/index.html");
        Assert.DoesNotContain("Policys", html);
        var policy = html.IndexOf("<h2 id=\"category-policy\">Policy</h2>", StringComparison.Ordinal);
        var energy = html.IndexOf("<h2 id=\"category-community-energy\">Community energy</h2>", StringComparison.Ordinal);
        var other = html.IndexOf("<h2 id=\"category-other\">Other terms</h2>", StringComparison.Ordinal);
        Assert.True(policy >= 0 && energy > policy && other > energy, html);
        Assert.True(html.IndexOf("term-levy", policy, StringComparison.Ordinal) < energy, "Levy is listed under Policy");
        Assert.True(html.IndexOf("id=\"term-grid\"", StringComparison.Ordinal) > other, "a term without a category comes last");
    }

    [Fact]
    public void Terms_without_categories_are_listed_without_a_heading()
    {
        using var site = TestSite.With(
            "-- content/data/terms.yml --\n- id: grid\n  name: Grid\n  explanation: The wires.\n" +
            "-- content/about.md --\n---\ntitle: About\n---\nThe [[grid]].\n");
        DiagnosticAssert.Clean(site.Build());

        Assert.DoesNotContain("id=\"category-", site.ReadOutput("definitions/index.html"));
    }
}
