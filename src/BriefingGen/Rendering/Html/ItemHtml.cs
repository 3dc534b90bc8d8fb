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
    /// A grid as a table; on its own page with the pages placed in each cell; as a mini grid with a page's cells marked
    /// (on a case study with the pages placed in each cell too, the page being read among them).
    /// </summary>
    public static string Grid(Grid grid, RenderContext context, bool showPlacements, IReadOnlyCollection<GridCell>? marked, bool compact = false) =>
        context.Templates.Render("items/grid.html", GridModel(grid, context, showPlacements, marked, compact)).Value;

    /// <summary>The variables of <c>items/grid.html</c>.</summary>
    public static ScriptObject GridModel(Grid grid, RenderContext context, bool showPlacements, IReadOnlyCollection<GridCell>? marked, bool compact = false)
    {
        // Grouped by cell once, not filtered for each of a grid's cells.
        var placements = showPlacements
            ? context.PlacementsOn(grid.Id).ToLookup(p => (p.Row, p.Column))
            : null;
        var rows = new List<GridRowModel>(grid.Rows.Levels.Count);
        foreach (var row in grid.Rows.Levels)
        {
            var cells = new List<GridCellModel>(grid.Columns.Levels.Count);
            foreach (var column in grid.Columns.Levels)
            {
                var cell = grid.Cell(row.Id, column.Id);
                var isMarked = marked is not null && cell is not null && marked.Contains(cell);
                // A compact grid (handouts) names only the marked cell; the axes show where the others are.
                var text = !compact || isMarked ? new RawHtml(BriefingHtmlRenderer.RenderInline(cell?.Text, context)) : null;
                var placed = placements is not null && cell is not null
                    ? Shown(placements[(row.Id, column.Id)], marked is not null, context).Select(p => new PlacementModel(p, context.Link(p.PageUrl),
                        context.FindPage(p.PageUrl)?.Title ?? p.PageUrl, new RawHtml(BriefingHtmlRenderer.RenderInline(p.Reason, context)), p.PageUrl == context.Page.Url)).ToList()
                    : [];
                cells.Add(new GridCellModel(cell, column, cell?.Anchor, isMarked, text, placed));
            }

            rows.Add(new GridRowModel(row, cells));
        }

        var model = new ScriptObject
        {
            ["grid"] = grid,
            ["link"] = marked is null && !showPlacements ? context.Link(GeneratedPages.GridUrl(grid.Id)) : null,
            ["mini"] = marked is not null,
            ["compact"] = compact,
            ["placements_shown"] = showPlacements,
            ["source"] = Source(grid.SourceId, context),
            ["rows_label"] = grid.Rows.Name,
            ["columns_label"] = grid.Columns.Name,
            ["rows"] = rows,
        };
        return model;
    }

    // A page's own grid (a mini grid with its cells marked) names the page and a few others per cell, not every page
    // placed there: with thousands of cases on one grid, each case study would repeat them all. The grid's own page
    // lists them all.
    private const int OthersOnAMiniGrid = 3;

    private static IEnumerable<Placement> Shown(IEnumerable<Placement> placed, bool mini, RenderContext context)
    {
        var others = 0;
        foreach (var placement in placed)
        {
            if (!mini || placement.PageUrl == context.Page.Url || others++ < OthersOnAMiniGrid)
            {
                yield return placement;
            }
        }
    }

    /// <summary>A benefit/risk table; on its own page with the evidence pages give for each item.</summary>
    public static string Table(BenefitRiskTable table, RenderContext context, bool showEvidence) =>
        context.Templates.Render("items/table.html", TableModel(table, context, showEvidence)).Value;

    /// <summary>The variables of <c>items/table.html</c>.</summary>
    public static ScriptObject TableModel(BenefitRiskTable table, RenderContext context, bool showEvidence)
    {
        var rows = table.Rows.Select(row => new TableRowModel(Item(row.Benefit), Item(row.Risk))).ToList();
        var model = new ScriptObject
        {
            ["table"] = table,
            ["link"] = showEvidence ? null : context.Link(GeneratedPages.TableUrl(table.Id)),
            ["evidence_shown"] = showEvidence,
            ["source"] = Source(table.SourceId, context),
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

            var text = new RawHtml(BriefingHtmlRenderer.RenderInline(item.Text, context));
            var evidence = showEvidence
                ? context.EvidenceFor(item.Key)
                    .Select(e => new EvidenceModel(e, context.Link(e.PageUrl), context.FindPage(e.PageUrl)?.Title ?? e.PageUrl,
                        string.IsNullOrWhiteSpace(e.Note) ? null : new RawHtml(BriefingHtmlRenderer.RenderInline(e.Note, context)))).ToList()
                : [];
            var values = table.Columns.Select(c => item.Values.TryGetValue(c.Id, out var value)
                ? new RawHtml(BriefingHtmlRenderer.RenderInline(value, context)) : null).ToList();
            return new TableItemModel(item, item.Anchor, text, evidence) { Values = values };
        }
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
            ["source"] = Source(figure.SourceId, context),
            ["chart"] = FigureChart.Geometry(figure, context.Text),
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
            ["source"] = Source(comparison.SourceId, context),
            ["rows"] = comparison.Rows.Select(row => new ComparisonRowModel(
                new RawHtml(BriefingHtmlRenderer.RenderInline(row.Label, context)),
                row.Cells.Select(c => new RawHtml(BriefingHtmlRenderer.RenderInline(c, context))).ToList())).ToList(),
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
            ["who"] = definition.Authors.Count > 0 ? string.Join(", ", definition.Authors) : reference is null ? null : CitationFormatter.Names(reference, context.Text),
            ["year"] = definition.Year ?? (reference is null ? null : CitationFormatter.Year(reference, context.Text)),
            ["citation"] = reference is null ? null : new CitationLink(context.ReferenceLink(reference.Id),
                CitationFormatter.Parenthetical(reference, false, definition.Page is null ? "" : context.Text.Text("citation_page", ("pages", definition.Page)), context.Text)),
            ["cited_in"] = citedIn is null ? null : Cite(citedIn, context),
            // "Matthew Horne, Tom Shirley (2009), Horne and Shirley, 2009" names the authors twice: the citation says it once.
            ["attributed_by_citation"] = reference is not null && (definition.Authors.Count == 0 || SameAuthors(definition.Authors, reference)),
            ["note"] = definition.Note is null ? null : new RawHtml(BriefingHtmlRenderer.RenderInline(definition.Note, context)),
            ["criticisms"] = definition.Criticisms.Select(c => new RawHtml(BriefingHtmlRenderer.RenderInline(c, context))).ToList(),
        };
        return model;
    }

    // The definition's authors are the work's ("Matthew Horne" for Horne), not someone the work quotes (an interviewee).
    private static bool SameAuthors(IReadOnlyList<string> authors, Reference reference) =>
        authors.Count == reference.Authors.Count && reference.Authors.Zip(authors).All(pair =>
            pair.First.Short.Length > 0 && pair.Second.Contains(pair.First.Short, StringComparison.OrdinalIgnoreCase));

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
            ["explanation"] = new RawHtml(BriefingHtmlRenderer.RenderInline(term.Explanation, context)),
        };
        return context.Templates.Render("items/term.html", model).Value;
    }

    /// <summary>A work's reference-list entry, through <c>items/bibliography-entry.html</c>.</summary>
    public static RawHtml BibliographyEntry(Reference reference, RenderContext context)
    {
        var model = new ScriptObject(1) { ["entry"] = context.Shared.ReferenceEntries.GetValue(reference, r => CitationFormatter.ReferenceEntry(r, context.Text)) };
        return context.Templates.RenderInline("items/bibliography-entry.html", model);
    }

    /// <summary>A link to a work's bibliography entry, with its parenthetical citation text.</summary>
    public static CitationLink Cite(Reference reference, RenderContext context) =>
        new(context.ReferenceLink(reference.Id), CitationFormatter.Parenthetical(reference, false, "", context.Text));

    internal static CitationLink? Source(string? sourceId, RenderContext context) =>
        sourceId is not null && context.FindReference(sourceId) is { } reference ? Cite(reference, context) : null;
}
