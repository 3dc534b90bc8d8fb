using System.Globalization;
using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>The HTML of data items, shared by embeds and the generated pages: accessible tables with captions and header scopes.</summary>
public static class ItemHtml
{
    public static string Embed(string kind, string id, RenderContext context)
    {
        var data = context.Site.Briefing;
        return kind switch
        {
            "grid" when data.FindGrid(id) is { } grid => Grid(grid, context, showPlacements: false, marked: null),
            "table" when data.FindTable(id) is { } table => Table(table, context, showEvidence: false),
            "figure" when data.FindFigure(id) is { } figure => Figure(figure, context),
            "comparison" when data.FindComparison(id) is { } comparison => Comparison(comparison, context),
            "definition" when data.FindDefinition(id) is { } definition => Definition(definition, context),
            "definitions" when data.FindTerm(id) is { } term => string.Concat(term.Definitions.Select(d => Definition(d, context))),
            "term" when data.FindTerm(id) is { } term => TermSummary(term, context),
            _ => "",
        };
    }

    /// <summary>A grid as a table; on its own page with the pages placed in each cell; as a mini grid with one cell marked.</summary>
    public static string Grid(Grid grid, RenderContext context, bool showPlacements, GridCell? marked, bool compact = false)
    {
        var html = new StringBuilder();
        var css = marked is null ? "grid" : compact ? "grid grid-mini grid-compact" : "grid grid-mini";
        html.Append("<div class=\"table-wrap\"><table class=\"").Append(css).Append("\">\n<caption>");
        if (marked is null && !showPlacements)
        {
            html.Append("<a href=\"").Append(Escape.Html(context.Link(GeneratedPages.GridUrl(grid.Id)))).Append("\">")
                .Append(Escape.Html(grid.Name)).Append("</a>");
        }
        else
        {
            html.Append(Escape.Html(grid.Name));
        }

        html.Append(SourceNote(grid.SourceId, context));
        html.Append("<span class=\"axes\">Rows: ").Append(Escape.Html(grid.Rows.Label.TrimEnd(':', '.', ' '))).Append(". Columns: ")
            .Append(Escape.Html(grid.Columns.Label.TrimEnd(':', '.', ' '))).Append(".</span></caption>\n<thead><tr><td></td>");
        foreach (var column in grid.Columns.Levels)
        {
            html.Append("<th scope=\"col\">").Append(Escape.Html(column.Label)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        // Grouped by cell once, not filtered for each of a grid's cells.
        var placements = showPlacements
            ? (context.Site.Links.Placements.GetValueOrDefault(grid.Id) ?? []).ToLookup(p => (p.Row, p.Column))
            : null;
        foreach (var row in grid.Rows.Levels)
        {
            html.Append("<tr><th scope=\"row\">").Append(Escape.Html(row.Label)).Append("</th>");
            foreach (var column in grid.Columns.Levels)
            {
                var cell = grid.Cell(row.Id, column.Id);
                var isMarked = marked is not null && cell == marked;
                html.Append("<td");
                if (marked is null)
                {
                    html.Append(" id=\"").Append(Escape.Html(cell?.Anchor)).Append('"');
                }

                if (isMarked)
                {
                    html.Append(" class=\"marked\"");
                }

                html.Append('>');
                if (isMarked)
                {
                    html.Append("<strong class=\"here\">This case sits here: </strong>");
                }

                // A compact grid (handouts) names only the marked cell; the axes show where the others are.
                if (!compact || isMarked)
                {
                    html.Append(BriefingHtmlRenderer.RenderInline(cell?.Text, context));
                }

                if (placements is not null && cell is not null)
                {
                    var here = placements[(row.Id, column.Id)];
                    if (here.Any())
                    {
                        html.Append("<ul class=\"placed\">");
                        foreach (var placement in here)
                        {
                            var page = context.Site.Find(placement.PageUrl);
                            html.Append("<li><a href=\"").Append(Escape.Html(context.Link(placement.PageUrl))).Append("\">")
                                .Append(Escape.Html(page?.Title ?? placement.PageUrl)).Append("</a>: ")
                                .Append(Escape.Html(placement.Reason));
                            if (placement.EditorsJudgement)
                            {
                                html.Append(" <span class=\"judgement\">(editors’ placement)</span>");
                            }

                            html.Append("</li>");
                        }

                        html.Append("</ul>");
                    }
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        return html.ToString();
    }

    /// <summary>A benefit/risk table; on its own page with the evidence pages give for each item.</summary>
    public static string Table(BenefitRiskTable table, RenderContext context, bool showEvidence)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"table-wrap\"><table class=\"benefit-risk\">\n<caption>");
        if (!showEvidence)
        {
            html.Append("<a href=\"").Append(Escape.Html(context.Link(GeneratedPages.TableUrl(table.Id)))).Append("\">")
                .Append(Escape.Html(table.Title)).Append("</a>");
        }
        else
        {
            html.Append(Escape.Html(table.Title));
        }

        html.Append(SourceNote(table.SourceId, context)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Escape.Html(table.BenefitsLabel)).Append("</th><th scope=\"col\">").Append(Escape.Html(table.RisksLabel))
            .Append("</th></tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>").Append(TableItemCell(row.Benefit, context, showEvidence)).Append(TableItemCell(row.Risk, context, showEvidence)).Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        return html.ToString();
    }

    private static string TableItemCell(TableItem? item, RenderContext context, bool showEvidence)
    {
        if (item is null)
        {
            return "<td></td>";
        }

        var html = new StringBuilder("<td");
        if (showEvidence)
        {
            html.Append(" id=\"").Append(Escape.Html(item.Anchor)).Append('"');
        }

        html.Append('>').Append(BriefingHtmlRenderer.RenderInline(item.Text, context));
        var evidence = context.Site.Links.Evidence.GetValueOrDefault(item.Key) ?? [];
        if (showEvidence && evidence.Count > 0)
        {
            html.Append("<ul class=\"evidence\">");
            foreach (var e in evidence)
            {
                var page = context.Site.Find(e.PageUrl);
                html.Append("<li>Evidence: <a href=\"").Append(Escape.Html(context.Link(e.PageUrl))).Append("\">")
                    .Append(Escape.Html(page?.Title ?? e.PageUrl)).Append("</a>");
                if (e.Note.Length > 0)
                {
                    html.Append(": ").Append(Escape.Html(e.Note));
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</td>").ToString();
    }

    /// <summary>A figure: a bar chart drawn as SVG at build time, its text alternative, and the data table.</summary>
    public static string Figure(Figure figure, RenderContext context)
    {
        var html = new StringBuilder();
        html.Append("<figure class=\"chart\" id=\"figure-").Append(Escape.Html(figure.Id)).Append("\">\n");
        html.Append(FigureChart.Svg(figure));
        html.Append("<figcaption><a href=\"").Append(Escape.Html(context.Link(GeneratedPages.FigureUrl(figure.Id)))).Append("\">")
            .Append(Escape.Html(figure.Title)).Append("</a>").Append(SourceNote(figure.SourceId, context));
        if (figure.SourceNote is not null)
        {
            html.Append(" <span class=\"source-note\">").Append(Escape.Html(figure.SourceNote)).Append("</span>");
        }

        html.Append("</figcaption>\n").Append(FigureTable(figure)).Append("</figure>\n");
        return html.ToString();
    }

    /// <summary>The figure's values as a table: the text form of the chart.</summary>
    public static string FigureTable(Figure figure)
    {
        var html = new StringBuilder("<div class=\"table-wrap\"><table class=\"figure-data\">\n<caption>Data: ");
        html.Append(Escape.Html(figure.Title));
        if (figure.Unit.Length > 0)
        {
            html.Append(" (").Append(Escape.Html(figure.Unit)).Append(')');
        }

        html.Append("</caption>\n<thead><tr><td></td>");
        foreach (var series in figure.Series)
        {
            html.Append("<th scope=\"col\">").Append(Escape.Html(series.Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < figure.Categories.Count; i++)
        {
            html.Append("<tr><th scope=\"row\">").Append(Escape.Html(figure.Categories[i])).Append("</th>");
            foreach (var series in figure.Series)
            {
                html.Append("<td>").Append(Escape.Html(FormatValue(series.Values[i], figure.Unit))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody></table></div>\n").ToString();
    }

    public static string FormatValue(decimal? value, string unit) =>
        value is null ? "–" : value.Value.ToString("0.##", CultureInfo.InvariantCulture) + unit;

    public static string Comparison(Comparison comparison, RenderContext context)
    {
        var html = new StringBuilder("<div class=\"table-wrap\"><table class=\"comparison\" id=\"comparison-");
        html.Append(Escape.Html(comparison.Id)).Append("\">\n<caption>").Append(Escape.Html(comparison.Title))
            .Append(SourceNote(comparison.SourceId, context)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Escape.Html(comparison.RowLabel)).Append("</th>");
        foreach (var column in comparison.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Escape.Html(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in comparison.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(BriefingHtmlRenderer.RenderInline(row.Label, context)).Append("</th>");
            foreach (var cell in row.Cells)
            {
                html.Append("<td>").Append(BriefingHtmlRenderer.RenderInline(cell, context)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody></table></div>\n").ToString();
    }

    /// <summary>One definition: its exact wording as a quotation, attributed, with its kind and any criticisms.</summary>
    public static string Definition(Definition definition, RenderContext context)
    {
        var html = new StringBuilder("<figure class=\"definition\" id=\"def-");
        html.Append(Escape.Html(definition.Id)).Append("\">\n<blockquote><p>").Append(Escape.Html(definition.Text)).Append("</p></blockquote>\n<figcaption>");
        if (definition.Kind is { } kind)
        {
            html.Append("<span class=\"kind kind-").Append(kind.ToString().ToLowerInvariant()).Append("\">")
                .Append(Escape.Html(KindLabel(kind))).Append("</span> ");
        }

        html.Append(Attribution(definition, context));
        html.Append("</figcaption>\n");
        if (definition.Note is not null)
        {
            html.Append("<p class=\"note\">").Append(BriefingHtmlRenderer.RenderInline(definition.Note, context)).Append("</p>\n");
        }

        if (definition.Criticisms.Count > 0)
        {
            html.Append("<p class=\"criticisms-label\">Points made against it:</p>\n<ol class=\"criticisms\">");
            foreach (var criticism in definition.Criticisms)
            {
                html.Append("<li>").Append(BriefingHtmlRenderer.RenderInline(criticism, context)).Append("</li>");
            }

            html.Append("</ol>\n");
        }

        return html.Append("</figure>\n").ToString();
    }

    public static string KindLabel(DefinitionKind kind) => kind switch
    {
        DefinitionKind.Institutional => "Institutional definition",
        DefinitionKind.Generic => "Generic definition",
        DefinitionKind.Working => "Working definition",
        _ => "Criticised definition",
    };

    private static string Attribution(Definition definition, RenderContext context)
    {
        var html = new StringBuilder("— ");
        var who = definition.Authors.Count > 0 ? string.Join(", ", definition.Authors) : null;
        var reference = definition.ReferenceId is null ? null : context.Site.Briefing.FindReference(definition.ReferenceId);
        who ??= reference is null ? "Unattributed" : CitationFormatter.Names(reference);
        html.Append(Escape.Html(who));
        var year = definition.Year ?? reference?.CitedYear;
        if (year is not null)
        {
            html.Append(" (").Append(Escape.Html(year)).Append(')');
        }

        if (reference is not null)
        {
            html.Append(", <a class=\"cite\" href=\"").Append(Escape.Html(context.ReferenceLink(reference.Id))).Append("\">")
                .Append(Escape.Html(CitationFormatter.Parenthetical(reference, false, definition.Page is null ? "" : "p. " + definition.Page))).Append("</a>");
        }

        if (definition.CitedIn is not null && context.Site.Briefing.FindReference(definition.CitedIn) is { } citedIn)
        {
            html.Append(", cited in <a class=\"cite\" href=\"").Append(Escape.Html(context.ReferenceLink(citedIn.Id))).Append("\">")
                .Append(Escape.Html(CitationFormatter.Parenthetical(citedIn, false, ""))).Append("</a>");
        }

        if (definition.ClassifiedBy is not null)
        {
            html.Append("; classed by ").Append(Escape.Html(definition.ClassifiedBy));
        }

        return html.ToString();
    }

    public static string TermSummary(Term term, RenderContext context) =>
        $"<aside class=\"term-summary\"><p><a href=\"{Escape.Html(context.TermLink(term))}\"><strong>{Escape.Html(term.Name)}</strong></a>: {BriefingHtmlRenderer.RenderInline(term.Explanation, context)}</p></aside>\n";

    private static string SourceNote(string? sourceId, RenderContext context)
    {
        if (sourceId is null || context.Site.Briefing.FindReference(sourceId) is not { } reference)
        {
            return "";
        }

        return $" <span class=\"source\">Source: <a class=\"cite\" href=\"{Escape.Html(context.ReferenceLink(reference.Id))}\">{Escape.Html(CitationFormatter.Parenthetical(reference, false, ""))}</a></span>";
    }
}
