using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>
/// Every dangling reference in a briefing (terms, citations, themes, grids, cells, table items, related pages,
/// embeds, data sources) is reported with its code at the file, line and column where the editor wrote it.
/// Each test adds one mistake to the valid <see cref="SampleBriefing"/>, so the mistake is the only diagnostic.
/// </summary>
public sealed class BriefingDiagnosticsTests
{
    private const string Notes = "content/briefings/notes.md";

    private static BuildResult BuildWithPage(string page) => BuildWith($"-- {Notes} --\n{page}");

    private static BuildResult BuildWith(string extra)
    {
        using var site = SampleBriefing.Site(extra);
        return site.Build();
    }

    private static BuildResult BuildSwapped(string part, string replacement)
    {
        using var site = TestSite.With(SampleBriefing.AllWith((part, replacement)));
        return site.Build();
    }

    // The one diagnostic of a build, checked for its code, severity and place.
    private static Diagnostic Only(BuildResult result, string code, Severity severity, string path, int line, int column)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal($"{path}:{line}:{column}", diagnostic.Span.ToString());
        Assert.Equal(severity == Severity.Error, !result.Succeeded);
        return diagnostic;
    }

    private static Diagnostic OnlyError(BuildResult result, string code, string path, int line, int column) =>
        Only(result, code, Severity.Error, path, line, column);

    [Fact]
    public void Unknown_term_is_an_error_at_its_line_and_column_in_the_file()
    {
        var result = BuildWithPage("---\ntitle: Notes\n---\nIntro line.\n\nHere [[nosuch]] is.\n");
        var diagnostic = OnlyError(result, DiagnosticCodes.UnknownTerm, Notes, 6, 6);
        Assert.Contains("'nosuch'", diagnostic.Message);
    }

    [Theory]
    [InlineData("First line\nand [[nosuch]] here.", 5, 5)]
    [InlineData("> quoted [[nosuch]]", 4, 10)]
    [InlineData("- one\n- two [[nosuch]]", 5, 7)]
    [InlineData("- item\n  continued [[nosuch]]", 5, 13)]
    [InlineData("# Heading [[nosuch]]", 4, 11)]
    [InlineData("| a | b |\n|---|---|\n| x | [[nosuch]] |", 6, 7)]
    [InlineData("Text.[^1]\n\n[^1]: See [[nosuch]].", 6, 11)]
    [InlineData("Café, naïve: [[nosuch]]", 4, 14)]
    public void Unknown_term_inside_other_blocks_is_reported_at_its_place(string body, int line, int column)
    {
        var result = BuildWithPage($"---\ntitle: Notes\n---\n{body}\n");
        OnlyError(result, DiagnosticCodes.UnknownTerm, Notes, line, column);
    }

    [Fact]
    public void Unknown_term_suggests_the_nearest_term()
    {
        var result = BuildWithPage("---\ntitle: Notes\n---\nSee [[habitsu]].\n");
        var diagnostic = OnlyError(result, DiagnosticCodes.UnknownTerm, Notes, 4, 5);
        Assert.Contains("did you mean 'habitus'", diagnostic.Message);
    }

    [Fact]
    public void Term_alias_resolves_without_diagnostics()
    {
        DiagnosticAssert.Clean(BuildWithPage("---\ntitle: Notes\n---\nSee the [[informal economy]] and [[Habitus]].\n"));
    }

    [Theory]
    [InlineData("See [@nosuch].", 6)]
    [InlineData("See [@bovaird2007; @nosuch].", 20)]
    [InlineData("See [see @nosuch, p. 3].", 10)]
    [InlineData("See [-@nosuch].", 7)]
    [InlineData("As @nosuch says.", 4)]
    public void Unknown_citation_key_is_an_error_at_its_at_sign(string body, int column)
    {
        var result = BuildWithPage($"---\ntitle: Notes\n---\n{body}\n");
        var diagnostic = OnlyError(result, DiagnosticCodes.UnknownCitation, Notes, 4, column);
        Assert.Contains("@nosuch", diagnostic.Message);
    }

    [Fact]
    public void Unknown_reference_in_front_matter_is_an_error_at_the_value()
    {
        var result = BuildWithPage("---\ntitle: Notes\nreferences: [bovaird2007, nosuch]\n---\nBody.\n");
        OnlyError(result, DiagnosticCodes.UnknownCitation, Notes, 3, 27);
    }

    [Fact]
    public void Unknown_theme_is_an_error_at_the_value_in_front_matter()
    {
        var result = BuildWithPage("---\ntitle: Notes\nthemes: [resident-participation, nosuch]\n---\nBody.\n");
        OnlyError(result, DiagnosticCodes.UnknownTheme, Notes, 3, 34);
    }

    [Fact]
    public void Unknown_grid_in_a_placement_is_an_error_at_the_grid_value()
    {
        var result = BuildWithPage(
            "---\ntitle: Notes\nplacements:\n  - grid: change-gird\n    cell: internal/collective\n    reason: Because.\n---\nBody.\n");
        var diagnostic = OnlyError(result, DiagnosticCodes.UnknownGrid, Notes, 4, 11);
        Assert.Contains("did you mean 'change-grid'", diagnostic.Message);
    }

    [Theory]
    [InlineData("inside/collective")]
    [InlineData("internal")]
    [InlineData("collective/internal")]
    [InlineData("internal/collective/extra")]
    public void Unknown_cell_is_an_error_at_the_cell_value(string cell)
    {
        var result = BuildWithPage(
            $"---\ntitle: Notes\nplacements:\n  - grid: change-grid\n    cell: {cell}\n    reason: Because.\n---\nBody.\n");
        var diagnostic = OnlyError(result, DiagnosticCodes.UnknownCell, Notes, 5, 11);
        Assert.Contains("internal/collective", diagnostic.Message);
    }

    [Theory]
    [InlineData("benefits-and-risks/nosuch")]
    [InlineData("nosuch/better-outcomes")]
    [InlineData("better-outcomes")]
    public void Unknown_table_item_in_evidence_is_an_error_at_the_item_value(string item)
    {
        var result = BuildWithPage($"---\ntitle: Notes\nevidence:\n  - item: {item}\n    note: How.\n---\nBody.\n");
        OnlyError(result, DiagnosticCodes.UnknownTableItem, Notes, 4, 11);
    }

    [Fact]
    public void Unknown_related_page_is_an_error_at_the_value()
    {
        var result = BuildWithPage("---\ntitle: Notes\nrelated: [cardiff, nosuch]\n---\nBody.\n");
        OnlyError(result, DiagnosticCodes.UnknownPage, Notes, 3, 20);
    }

    [Fact]
    public void Unknown_embed_kind_is_an_error_at_the_embed_line()
    {
        var result = BuildWithPage("---\ntitle: Notes\n---\nIntro.\n\n{{< video clip >}}\n");
        var diagnostic = OnlyError(result, DiagnosticCodes.UnknownEmbed, Notes, 6, 1);
        Assert.Contains("'video'", diagnostic.Message);
    }

    [Theory]
    [InlineData("grid", "change-gird")]
    [InlineData("table", "nosuch")]
    [InlineData("figure", "nosuch")]
    [InlineData("comparison", "nosuch")]
    [InlineData("definition", "nosuch")]
    [InlineData("definitions", "nosuch")]
    [InlineData("term", "nosuch")]
    public void Unknown_embed_id_is_an_error_at_the_embed_line(string kind, string id)
    {
        var result = BuildWithPage($"---\ntitle: Notes\n---\nIntro.\n\n{{{{< {kind} {id} >}}}}\n");
        var diagnostic = OnlyError(result, DiagnosticCodes.UnknownDataItem, Notes, 6, 1);
        Assert.Contains($"'{id}'", diagnostic.Message);
    }

    [Fact]
    public void Indented_embed_is_reported_at_its_opening_braces()
    {
        var result = BuildWithPage("---\ntitle: Notes\n---\n  {{< grid nosuch >}}\n");
        OnlyError(result, DiagnosticCodes.UnknownDataItem, Notes, 4, 3);
    }

    [Fact]
    public void Known_embeds_resolve_without_diagnostics()
    {
        DiagnosticAssert.Clean(BuildWithPage(
            "---\ntitle: Notes\n---\n{{< grid change-grid >}}\n\n{{< table benefits-and-risks >}}\n\n{{< term habitus >}}\n"));
    }

    [Fact]
    public void Data_item_with_an_unknown_source_is_an_error_at_the_source_value()
    {
        var result = BuildSwapped("  name: Internal and external change\n  source: chamberlain2010", "  name: Internal and external change\n  source: chamberlin2010");
        var diagnostic = OnlyError(result, DiagnosticCodes.UnknownReference, "content/data/grids.yml", 3, 11);
        Assert.Contains("did you mean 'chamberlain2010'", diagnostic.Message);
    }

    [Fact]
    public void Figure_with_an_unknown_source_is_an_error_at_the_source_value()
    {
        var result = BuildSwapped("  source: chamberlain2010\n  unit:", "  source: nosuch\n  unit:");
        OnlyError(result, DiagnosticCodes.UnknownReference, "content/data/figures.yml", 3, 11);
    }

    [Fact]
    public void Unknown_term_in_a_grid_cell_is_an_error_at_its_place_in_the_cell()
    {
        var result = BuildSwapped("text: \"Staff learn new skills.\"", "text: \"Staff learn [[nosuch]] skills.\"");
        OnlyError(result, DiagnosticCodes.UnknownTerm, "content/data/grids.yml", 15, 63);
    }

    [Fact]
    public void Duplicate_id_in_a_data_file_is_an_error_at_the_second_item()
    {
        var duplicated = BuildSwapped(
            "  description: How residents take part.",
            "  description: How residents take part.\n- id: resident-participation\n  title: Again");
        var diagnostic = OnlyError(duplicated, DiagnosticCodes.DuplicateId, "content/data/themes.yml", 4, 3);
        Assert.Contains("content/data/themes.yml:1:3", diagnostic.Message);
    }

    [Fact]
    public void A_grid_cell_without_text_is_a_cell_of_its_axes_and_takes_placements()
    {
        using var site = TestSite.With(SampleBriefing.AllWith(
            ("    - { row: external, column: collective, text: \"Residents organise together.\" }\n", "")) +
            $"-- {Notes} --\n---\ntitle: Notes\nplacements:\n  - grid: change-grid\n    cell: external/collective\n    reason: Residents run it.\n---\nBody.\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("id=\"cell-external-collective\"", site.ReadOutput("grids/change-grid/index.html"));
    }

    [Fact]
    public void A_message_that_lists_allowed_values_never_lists_an_empty_set()
    {
        Assert.Equal("none", MessageList.Join([]));
    }

    [Fact]
    public void Unused_term_is_a_warning_at_the_term()
    {
        var result = BuildSwapped(
            "  explanation: The unpaid work of families and neighbours that sustains services.",
            "  explanation: The unpaid work of families and neighbours that sustains services.\n- id: social-capital\n  name: Social capital\n  explanation: Networks.");
        var diagnostic = Only(result, DiagnosticCodes.UnusedDataItem, Severity.Warning, "content/data/terms.yml", 10, 3);
        Assert.Contains("'social-capital'", diagnostic.Message);
    }

    [Fact]
    public void Uncited_reference_is_a_warning_at_the_reference()
    {
        var result = BuildSwapped(
            "  title: Co-production in practice",
            "  title: Co-production in practice\n- id: ostrom1996\n  title: Crossing the great divide\n  issued: 1996");
        var diagnostic = Only(result, DiagnosticCodes.UncitedReference, Severity.Warning, "content/data/references.yml", 19, 3);
        Assert.Contains("'ostrom1996'", diagnostic.Message);
    }

    [Theory]
    [InlineData("See [the plan](missing.md).", 5)]
    [InlineData("See [the plan](../case-studies/nosuch.md#part).", 5)]
    [InlineData("Text and [x](../nowhere/x.md)", 10)]
    public void Broken_link_to_a_markdown_file_is_an_error_at_the_link(string body, int column)
    {
        var result = BuildWithPage($"---\ntitle: Notes\n---\n{body}\n");
        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.BrokenLink, d.Code));
        var positioned = Assert.Single(result.Diagnostics, d => d.Span.Line > 0);
        Assert.Equal($"{Notes}:4:{column}", positioned.Span.ToString());
        Assert.Contains("is not a page of this site", positioned.Message);
    }

    [Fact]
    public void Link_to_an_existing_markdown_file_is_not_an_error()
    {
        DiagnosticAssert.Clean(BuildWithPage("---\ntitle: Notes\n---\nSee [Riverside](../case-studies/riverside-estate.md).\n"));
    }

    [Fact]
    public void Body_positions_are_right_in_a_file_with_a_bom_and_crlf_line_endings()
    {
        using var site = SampleBriefing.Site();
        site.WriteBytes(Notes, [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: Notes\r\n---\r\nIntro.\r\n\r\nHere [[nosuch]] and [@nosuch].\r\n"u8.ToArray()]);
        var result = site.Build();
        Assert.Equal(
            [$"{Notes}:6:6: error {DiagnosticCodes.UnknownTerm}", $"{Notes}:6:22: error {DiagnosticCodes.UnknownCitation}"],
            result.Diagnostics.Select(d => $"{d.Span}: error {d.Code}"));
    }
}
