using BriefingGen.Model;

namespace BriefingGen.Rendering;

// The typed models the item templates receive (templates see their members in snake_case: editors_judgement).

/// <summary>A citation as a link to the work's bibliography entry: the relative link and the citation's text.</summary>
public sealed record CitationLink(string Link, string Text);

/// <summary>A grid's row: its level on the row axis and one cell per column.</summary>
public sealed record GridRowModel(GridLevel Level, IReadOnlyList<GridCellModel> Cells);

/// <summary>A grid's cell (null where the grid leaves it empty), its text rendered (null when not shown), and the pages placed in it.</summary>
public sealed record GridCellModel(GridCell? Cell, GridLevel Column, string? Anchor, bool Marked, RawHtml? Text, IReadOnlyList<PlacementModel> Placements);

/// <summary>A page placed in a grid cell: the placement, a link to the page, its title, its reason, and whether it is the page being read.</summary>
public sealed record PlacementModel(Placement Placement, string Link, string Title, RawHtml Reason, bool Current = false)
{
    public bool EditorsJudgement => Placement.EditorsJudgement;
}

/// <summary>A benefit/risk table's row: a benefit and a risk, either of which may be missing.</summary>
public sealed record TableRowModel(TableItemModel? Benefit, TableItemModel? Risk);

/// <summary>A table item, its text rendered, and the evidence pages give for it (on the table's own page).</summary>
public sealed record TableItemModel(TableItem Item, string Anchor, RawHtml Text, IReadOnlyList<EvidenceModel> Evidence)
{
    /// <summary>The item's text in each of the table's extra columns, in their order (null where it gives none).</summary>
    public IReadOnlyList<RawHtml?> Values { get; init; } = [];
}

/// <summary>Evidence a page gives for a table item: the evidence, a link to the page and its title.</summary>
public sealed record EvidenceModel(Evidence Evidence, string Link, string Title, RawHtml? Note);

/// <summary>A row of a figure's data table: the category and each series' value, formatted with the unit.</summary>
public sealed record FigureRowModel(string Category, IReadOnlyList<string> Values);

/// <summary>A comparison's row: its label and cells, rendered from Markdown.</summary>
public sealed record ComparisonRowModel(RawHtml Label, IReadOnlyList<RawHtml> Cells);

/// <summary>A link to a page: the relative link, the page's title and its summary.</summary>
public sealed record PageLinkModel(string Link, string Title, string? Summary, string? KindLabel = null);

/// <summary>A term and its anchor on the definitions page.</summary>
public sealed record TermAnchorModel(Term Term, string Anchor);

/// <summary>The terms of one category on the definitions page, each entry the variables of <c>items/term-entry.html</c>.</summary>
public sealed record TermCategoryModel(string? Title, string? Anchor, IReadOnlyList<Scriban.Runtime.ScriptObject> Entries);

/// <summary>A term's definitions of one kind, each the variables of <c>items/definition.html</c>; the heading when the term has several.</summary>
public sealed record DefinitionGroupModel(string? Heading, IReadOnlyList<Scriban.Runtime.ScriptObject> Definitions);

/// <summary>A row of a term's comparison page: the definition, a link to it on the definitions page, who, its kind and criticisms.</summary>
public sealed record ComparedDefinitionModel(Definition Definition, string Link, string? Who, string? KindLabel, IReadOnlyList<RawHtml> Criticisms);

/// <summary>An entry of an index page: the item's title, a link to its page and its description rendered.</summary>
public sealed record IndexEntryModel(string Title, string Link, RawHtml? Summary);

/// <summary>A bibliography entry: the work, its anchor, the formatted entry and the pages that cite it.</summary>
public sealed record BibliographyEntryModel(Reference Reference, string Anchor, RawHtml Text, IReadOnlyList<PageLinkModel> CitedOn);
