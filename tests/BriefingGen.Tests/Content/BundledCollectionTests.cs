using BriefingGen.Model;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Content;

/// <summary>
/// The bundled collection keeps what the seed papers establish: an edit that drops a definition, a row,
/// a cell or a figure fails here, naming what went missing.
/// </summary>
public sealed class BundledCollectionTests
{
    private static readonly Lazy<BriefingGen.Model.Site> Site = new(() =>
    {
        var (site, diagnostics) = SiteBuilder.LoadModel(new BuildOptions { Source = Repository.Root });
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        return site!;
    });

    private static BriefingData Data => Site.Value.Briefing;

    [Fact]
    public void The_benefit_and_risk_table_has_the_five_rows_of_the_birmingham_briefing()
    {
        var table = Data.FindTable("benefits-and-risks")!;
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(
            ["enables preventative work", "responsiveness", "better coordination of services", "drives professional culture change", "user control and responsibility"],
            table.Rows.Select(r => r.Benefit!.Text));
        Assert.Equal(
            ["loss of financial control & predictability", "transition costs more", "viable supply side may not develop", "professional intransigence", "users may not have capacity"],
            table.Rows.Select(r => r.Risk!.Text));
    }

    [Fact]
    public void The_change_grid_has_its_four_cells()
    {
        var grid = Data.FindGrid("change-grid")!;
        Assert.Equal(4, grid.Cells.Count);
        Assert.Equal("Not as effective", grid.Cell("high-internal", "low-external")!.Text);
        Assert.Equal("Effective, but changing", grid.Cell("high-internal", "high-external")!.Text);
        Assert.Equal("Effective, and static", grid.Cell("low-internal", "low-external")!.Text);
        Assert.Equal("Very effective", grid.Cell("low-internal", "high-external")!.Text);
    }

    [Fact]
    public void The_planning_and_delivery_matrix_has_its_nine_cells()
    {
        var grid = Data.FindGrid("planning-delivery-matrix")!;
        Assert.Equal(9, grid.Cells.Count);
        Assert.Equal("'Full co-production'", grid.Cell("professionals-and-users", "professionals-and-users")!.Text);
        Assert.Equal("Traditional paternalistic or new 'managerialist' service delivery", grid.Cell("professionals-only", "professionals-only")!.Text);
        Assert.Equal("'Primitive' or 'Self-help' models of service production", grid.Cell("no-professional-input", "no-professional-input")!.Text);
        Assert.Equal("Voluntarism – state designs services but commissions third sector to deliver them", grid.Cell("no-professional-input", "professionals-only")!.Text);
    }

    [Fact]
    public void The_survey_figures_keep_the_country_percentages()
    {
        Assert.Equal(Values("Denmark 79, UK 77, France 71, Czech 70, Germany 64"), Pairs(Data.FindFigure("can-make-a-difference")!));
        Assert.Equal(Values("UK 56, Germany 53, Czech 52, France 51, Denmark 48"), Pairs(Data.FindFigure("often-get-involved")!));
        Assert.Equal([28m, 43m, 29m], Data.FindFigure("willingness-to-spend-time")!.Series[0].Values.Select(v => v!.Value));
    }

    [Fact]
    public void Co_production_has_its_competing_definitions_with_the_working_and_the_criticised_one()
    {
        var term = Data.FindTerm("co-production")!;
        Assert.True(term.Definitions.Count >= 10, $"only {term.Definitions.Count} definitions of co-production");
        Assert.Contains(term.Definitions, d => d.Kind == DefinitionKind.Working && d.Text.StartsWith("Co-production means delivering public services in an equal and reciprocal relationship", StringComparison.Ordinal));
        var criticised = Assert.Single(term.Definitions, d => d.Kind == DefinitionKind.Criticised);
        Assert.Equal(4, criticised.Criticisms.Count);
        Assert.Contains(term.Definitions, d => d.Kind == DefinitionKind.Institutional);
        Assert.Contains(term.Definitions, d => d.Kind == DefinitionKind.Generic && d.Text.Contains("inputs used to produce a good or service", StringComparison.Ordinal));
        Assert.All(term.Definitions, d => Assert.False(string.IsNullOrWhiteSpace(d.ReferenceId ?? d.CitedIn), $"definition {d.Id} has no source"));
    }

    [Theory]
    [InlineData("core-economy")]
    [InlineData("time-dollars")]
    [InlineData("timebanking")]
    [InlineData("habitus")]
    [InlineData("field")]
    [InlineData("capital")]
    [InlineData("economic-capital")]
    [InlineData("cultural-capital")]
    [InlineData("social-capital")]
    [InlineData("symbolic-capital")]
    [InlineData("responsiveness")]
    [InlineData("responsibilisation")]
    [InlineData("substitutive-co-production")]
    [InlineData("transformative-co-production")]
    [InlineData("relational-services")]
    [InlineData("transactional-services")]
    [InlineData("individual-co-production")]
    [InlineData("collective-co-production")]
    [InlineData("network-manager")]
    [InlineData("third-sector-organisation")]
    [InlineData("total-place")]
    [InlineData("neighbourhood-management")]
    [InlineData("planning-for-real")]
    [InlineData("participatory-budgeting")]
    public void The_concepts_the_seeds_explain_are_terms(string id)
    {
        var term = Data.FindTerm(id);
        Assert.True(term is not null, $"no term '{id}'");
        Assert.False(string.IsNullOrWhiteSpace(term.Explanation));
    }

    [Fact]
    public void The_approaches_the_birmingham_briefing_relates_to_carry_its_judgement()
    {
        var approaches = Data.Terms.Where(t => t.Category == "Related approaches").ToList();
        Assert.True(approaches.Count >= 8, $"only {approaches.Count} approaches");
        Assert.All(approaches, a => Assert.False(string.IsNullOrWhiteSpace(a.Assessment), $"{a.Id} has no assessment"));
    }

    [Fact]
    public void The_comparisons_hold_the_four_discourses_and_the_two_proposals()
    {
        Assert.Equal(4, Data.FindComparison("collaborative-discourses")!.Rows.Count);
        Assert.Equal(2, Data.FindComparison("youth-proposals")!.Columns.Count);
    }

    [Fact]
    public void The_collection_has_its_case_studies_briefing_and_perspective_each_placed_on_both_grids()
    {
        var pages = Site.Value.Pages.Where(p => p.SourcePath is not null).ToList();
        var cases = pages.Where(p => p.Kind == PageKind.CaseStudy).ToList();
        Assert.Equal(2, cases.Count);
        Assert.Single(pages, p => p.Kind == PageKind.Briefing);
        Assert.Single(pages, p => p.Kind == PageKind.Perspective);
        Assert.Contains(pages, p => p.Url == "about/");
        foreach (var page in cases)
        {
            var grids = Site.Value.Links.UsesOf(page.Url).Placements.Select(p => p.GridId).Distinct().Order().ToList();
            Assert.Equal(["change-grid", "planning-delivery-matrix"], grids);
            Assert.NotEmpty(page.FrontMatter!.Questions);
            Assert.NotEmpty(Site.Value.Links.UsesOf(page.Url).Evidence);
        }
    }

    [Fact]
    public void Every_reference_is_cited_and_the_seed_papers_are_in_the_bibliography()
    {
        Assert.True(Data.References.Count >= 40, $"only {Data.References.Count} references");
        Assert.All(Data.References, r => Assert.True(Site.Value.Links.Citers.ContainsKey(r.Id), $"{r.Id} is not cited"));
        Assert.Contains(Data.References, r => r.Title.StartsWith("Co-production of Neighbourhoods and Neighbourhood Services in Birmingham", StringComparison.Ordinal));
        Assert.Contains(Data.References, r => r.Title.StartsWith("Neighbourhood collaboration in co-production", StringComparison.Ordinal));
        Assert.Contains(Data.References, r => r.Title.StartsWith("Co-production: fostering greater inclusion or reproducing existing exclusion?", StringComparison.Ordinal));
    }

    private static List<(string, decimal)> Pairs(Figure figure) =>
        figure.Categories.Zip(figure.Series[0].Values, (c, v) => (c, v!.Value)).ToList();

    private static List<(string, decimal)> Values(string text) =>
        text.Split(", ").Select(p => (p[..p.LastIndexOf(' ')], decimal.Parse(p[(p.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
