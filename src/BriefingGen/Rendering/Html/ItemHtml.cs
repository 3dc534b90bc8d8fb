using BriefingGen.Model;
using BriefingGen.Rendering.Charts;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>
/// The data items, shared by embeds and the generated pages, rendered through the theme's <c>items/</c> templates.
/// This class gathers each template's model: the item itself, links relative to the page, Markdown texts rendered.
/// </summary>
public static class ItemHtml
{
    /// <summary>
    /// A grid as a table, with the pages placed in each cell when <paramref name="showPlacements"/> (on its own page and
    /// where it is embedded, unless the embed says <c>cases=off</c>); as a mini grid with a page's cells marked (on a case
    /// study with the pages placed in each cell too, the page being read among them).
    /// </summary>
    public static string Grid(Grid grid, RenderContext context, bool showPlacements, IReadOnlyCollection<GridCell>? marked, bool compact = false) =>
        context.Templates.Render("items/grid.html", GridModel(grid, context, showPlacements, marked, compact)).Value;

    /// <summary>The variables of <c>items/grid.html</c>; on the grid's own page (<paramref name="ownPage"/>) it links to no page of its own.</summary>
    public static ScriptObject GridModel(Grid grid, RenderContext context, bool showPlacements, IReadOnlyCollection<GridCell>? marked, bool compact = false,
        bool ownPage = false)
    {
        // Grouped by cell once, not filtered for each of a grid's cells.
        var placements = showPlacements ? ByCell(context.PlacementsOn(grid.Id), mini: marked is not null, context) : null;
        var rows = new List<GridRowModel>(grid.Rows.Levels.Count);
        foreach (var row in grid.Rows.Levels)
        {
            var cells = new List<GridCellModel>(grid.Columns.Levels.Count);
            foreach (var column in grid.Columns.Levels)
            {
                var cell = grid.Cell(row.Id, column.Id);
                var isMarked = marked is not null && cell is not null && marked.Contains(cell);
                // A compact grid (handouts) names only the marked cell; the axes show where the others are.
                var text = !compact || isMarked ? new RawHtml(BriefingHtmlRenderer.RenderInline(cell?.Text, grid.Span.Path, context)) : null;
                var placed = placements is not null && cell is not null
                    ? placements.GetValueOrDefault((row.Id, column.Id), []).Select(p => Placed(p, context)).ToList()
                    : [];
                cells.Add(new GridCellModel(cell, column, cell?.Anchor, isMarked, text, placed));
            }

            rows.Add(new GridRowModel(row, cells));
        }

        var model = new ScriptObject
        {
            ["grid"] = grid,
            ["link"] = marked is null && !ownPage ? context.Link(GeneratedPages.GridUrl(grid.Id)) : null,
            ["mini"] = marked is not null,
            ["compact"] = compact,
            ["placements_shown"] = showPlacements,
            ["source"] = Source(grid.Sources, context),
            ["sources"] = Sources(grid.Sources, context),
            ["rows_label"] = grid.Rows.Name,
            ["columns_label"] = grid.Columns.Name,
            ["rows"] = rows,
        };
        return model;
    }

    private static PlacementModel Placed(Placement placement, RenderContext context)
    {
        var page = context.FindPage(placement.PageUrl);
        var reason = context.FromPage(page, () => BriefingHtmlRenderer.RenderInline(placement.Reason, context));
        return new PlacementModel(placement, context.Link(placement.PageUrl), page?.Title ?? placement.PageUrl, new RawHtml(reason), placement.PageUrl == context.Page.Url);
    }

    // A page's own grid (a mini grid with its cells marked) names the page and a few others per cell, not every page
    // placed there: with thousands of cases on one grid, each case study would repeat them all. The grid's own page
    // lists them all.
    private const int OthersOnAMiniGrid = 3;

    // Each cell's placements in order; on a mini grid only those shown, chosen from the grid's cells as grouped once a build.
    private static IReadOnlyDictionary<(string Row, string Column), List<Placement>> ByCell(IReadOnlyList<Placement> placed, bool mini, RenderContext context)
    {
        var grouped = context.Shared.GridPlacements.GetValue(placed, p => new GridPlacements(p));
        return mini ? grouped.Around(context.Page.Url, OthersOnAMiniGrid) : grouped.ByCell;
    }

    /// <summary>A benefit/risk table, with the evidence pages give for each item when <paramref name="showEvidence"/> (on its own page and where it is embedded, unless the embed says <c>evidence=off</c>).</summary>
    public static string Table(BenefitRiskTable table, RenderContext context, bool showEvidence) =>
        context.Templates.Render("items/table.html", TableModel(table, context, showEvidence)).Value;

    /// <summary>The variables of <c>items/table.html</c>; on the table's own page (<paramref name="ownPage"/>) its items have ids and it links to no page of its own.</summary>
    public static ScriptObject TableModel(BenefitRiskTable table, RenderContext context, bool showEvidence, bool ownPage = false)
    {
        var rows = table.Rows.Select(row => new TableRowModel(Item(row.Benefit), Item(row.Risk))).ToList();
        var model = new ScriptObject
        {
            ["table"] = table,
            ["link"] = ownPage ? null : context.Link(GeneratedPages.TableUrl(table.Id)),
            ["own_page"] = ownPage,
            ["evidence_shown"] = showEvidence,
            ["source"] = Source(table.Sources, context),
            ["sources"] = Sources(table.Sources, context),
            ["rows"] = rows,
            ["paired"] = table.IsPaired,
            ["columns"] = table.Columns,
            ["benefits"] = table.Benefits.Select(i => Item(i)!).ToList(),
            ["risks"] = table.Risks.Select(i => Item(i)!).ToList(),
        };
        return model;

        TableItemModel? Item(TableItem? item)
        {
            if (item is null)
            {
                return null;
            }

            var text = new RawHtml(BriefingHtmlRenderer.RenderInline(item.Text, table.Span.Path, context));
            var evidence = showEvidence
                ? context.EvidenceFor(item.Key)
                    .Select(e => EvidenceGiven(e, context)).ToList()
                : [];
            var values = table.Columns.Select(c => item.Values.TryGetValue(c.Id, out var value)
                ? new RawHtml(BriefingHtmlRenderer.RenderInline(value, table.Span.Path, context)) : null).ToList();
            return new TableItemModel(item, item.Anchor, text, evidence) { Values = values };
        }
    }

    private static EvidenceModel EvidenceGiven(Evidence evidence, RenderContext context)
    {
        var page = context.FindPage(evidence.PageUrl);
        var note = string.IsNullOrWhiteSpace(evidence.Note) ? null : new RawHtml(context.FromPage(page, () => BriefingHtmlRenderer.RenderInline(evidence.Note, context)));
        return new EvidenceModel(evidence, context.Link(evidence.PageUrl), page?.Title ?? evidence.PageUrl, note);
    }

    /// <summary>A figure: its chart drawn as SVG at build time, its text alternative, and the data table.</summary>
    public static string Figure(Figure figure, RenderContext context) =>
        context.Templates.Render("items/figure.html", FigureModel(figure, context)).Value;

    /// <summary>The variables of <c>items/figure.html</c>.</summary>
    public static ScriptObject FigureModel(Figure figure, RenderContext context)
    {
        var model = new ScriptObject
        {
            ["figure"] = figure,
            ["link"] = context.Link(GeneratedPages.FigureUrl(figure.Id)),
            ["source"] = Source(figure.Sources, context),
            ["sources"] = Sources(figure.Sources, context),
            ["chart"] = FigureChart.Geometry(figure, context.Text),
            ["narrow_chart"] = FigureChart.Geometry(figure, context.Text, FigureChart.Narrow),
            ["rows"] = figure.Categories.Select((category, i) =>
                new FigureRowModel(category, figure.Series.Select(s => ChartNumbers.Format(s.Values[i], figure.Unit, context.Text.Culture)).ToList())).ToList(),
        };
        return model;
    }

    public static string Comparison(Comparison comparison, RenderContext context)
    {
        var model = new ScriptObject
        {
            ["comparison"] = comparison,
            ["source"] = Source(comparison.Sources, context),
            ["sources"] = Sources(comparison.Sources, context),
            ["rows"] = comparison.Rows.Select(row => new ComparisonRowModel(
                new RawHtml(BriefingHtmlRenderer.RenderInline(row.Label, comparison.Span.Path, context)),
                row.Cells.Select(c => new RawHtml(BriefingHtmlRenderer.RenderInline(c, comparison.Span.Path, context))).ToList())).ToList(),
        };
        return context.Templates.Render("items/comparison.html", model).Value;
    }

    /// <summary>One definition: its exact wording as a quotation, attributed, with its kind and any criticisms.</summary>
    public static string Definition(Definition definition, RenderContext context) =>
        context.Templates.Render("items/definition.html", DefinitionModel(definition, context)).Value;

    /// <summary>The variables of <c>items/definition.html</c>.</summary>
    public static ScriptObject DefinitionModel(Definition definition, RenderContext context)
    {
        var reference = definition.ReferenceId is null ? null : context.FindReference(definition.ReferenceId);
        var citedIn = definition.CitedIn is null ? null : context.FindReference(definition.CitedIn);
        var model = new ScriptObject
        {
            ["definition"] = definition,
            ["kind_class"] = definition.Kind?.ToString().ToLowerInvariant(),
            ["kind_label"] = definition.Kind is { } kind ? KindLabel(kind, context) : null,
            ["who"] = definition.Authors.Count > 0 ? string.Join(", ", definition.Authors.Select(a => a.Name)) : reference is null ? null : CitationFormatter.Names(reference, context.Text),
            ["year"] = definition.Year ?? (reference is null ? null : CitationFormatter.Year(reference, context.Text)),
            ["citation"] = reference is null ? null : new CitationLink(context.ReferenceLink(reference.Id),
                CitationFormatter.Parenthetical(reference, false, definition.Page ?? "", context.Text)),
            ["cited_in"] = citedIn is null ? null : Cite(citedIn, context),
            // "Matthew Horne, Tom Shirley (2009), Horne and Shirley, 2009" names the authors twice: the citation says it once.
            ["attributed_by_citation"] = reference is not null && (definition.Authors.Count == 0 || SameAuthors(definition.Authors, reference)),
            ["note"] = definition.Note is null ? null : new RawHtml(BriefingHtmlRenderer.RenderInline(definition.Note, definition.Span.Path, context)),
            ["criticisms"] = definition.Criticisms.Select(c => new RawHtml(BriefingHtmlRenderer.RenderInline(c, definition.Span.Path, context))).ToList(),
        };
        return model;
    }

    // The definition's authors are the work's ("Matthew Horne" for Horne), not someone the work quotes (an interviewee).
    private static bool SameAuthors(IReadOnlyList<Parsing.Author> authors, Reference reference) =>
        authors.Count == reference.Authors.Count && reference.Authors.Zip(authors).All(pair =>
            pair.First.Short.Length > 0 && pair.Second.Name.Contains(pair.First.Short, StringComparison.OrdinalIgnoreCase));

    /// <summary>What a reader calls a definition of this kind ("Working definition"), in the site's language.</summary>
    public static string KindLabel(DefinitionKind kind, RenderContext context) => context.Text.Text(KindKey("definition_", kind));

    /// <summary>The heading of a term's definitions of one kind ("Working definitions"), in the site's language.</summary>
    public static string KindHeading(DefinitionKind kind, RenderContext context) => context.Text.Text(KindKey("definitions_", kind));

    private static string KindKey(string prefix, DefinitionKind kind) => kind switch
    {
        DefinitionKind.Institutional => prefix + "institutional",
        DefinitionKind.Generic => prefix + "generic",
        DefinitionKind.Working => prefix + "working",
        _ => prefix + "criticised",
    };

    public static string TermSummary(Term term, RenderContext context)
    {
        var model = new ScriptObject
        {
            ["term"] = term,
            ["link"] = context.TermLink(term),
            ["explanation"] = new RawHtml(BriefingHtmlRenderer.RenderInline(term.Explanation, term.Span.Path, context)),
        };
        return context.Templates.Render("items/term.html", model).Value;
    }

    /// <summary>A work's reference-list entry, through <c>items/bibliography-entry.html</c>.</summary>
    public static RawHtml BibliographyEntry(Reference reference, RenderContext context)
    {
        var entry = context.Shared.ReferenceEntries.GetValue(reference, r => CitationFormatter.ReferenceEntry(r, context.Text));
        return context.Templates.RenderOnce("items/bibliography-entry.html", "entry", entry);
    }

    /// <summary>A link to a work's bibliography entry, with its parenthetical citation text.</summary>
    public static CitationLink Cite(Reference reference, RenderContext context) =>
        new(context.ReferenceLink(reference.Id), CitationFormatter.Parenthetical(reference, false, "", context.Text));

    /// <summary>The citations of the works an item (or a fact) is drawn from that are in the bibliography, in the order written.</summary>
    internal static IReadOnlyList<CitationLink> Sources(IReadOnlyList<Yaml.Located<string>> sources, RenderContext context) =>
        sources.Count == 0 ? [] : sources.Select(s => context.FindReference(s.Value)).OfType<Reference>().Select(r => Cite(r, context)).ToList();

    /// <summary>The first of <see cref="Sources"/>, for templates written when an item had one source.</summary>
    internal static CitationLink? Source(IReadOnlyList<Yaml.Located<string>> sources, RenderContext context) =>
        Sources(sources, context) is [var first, ..] ? first : null;
}
