using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>The main content of the pages the generator makes from data (definitions, grids, tables, figures, bibliography, themes).</summary>
public static class GeneratedContent
{
    public static string For(Page page, RenderContext context)
    {
        var data = context.Site.Briefing;
        return page.Kind switch
        {
            PageKind.Definitions => Definitions(context),
            PageKind.Term when data.FindTerm(page.ItemId!) is { } term => TermComparison(term, context),
            PageKind.GridIndex => Index(data.Grids.Select(g => (g.Name, GeneratedPages.GridUrl(g.Id), g.Description)), context),
            PageKind.Grid when data.FindGrid(page.ItemId!) is { } grid => Grid(grid, context),
            PageKind.TableIndex => Index(data.Tables.Select(t => (t.Title, GeneratedPages.TableUrl(t.Id), t.Description)), context),
            PageKind.Table when data.FindTable(page.ItemId!) is { } table =>
                Description(table.Description, context) + ItemHtml.Table(table, context, showEvidence: true),
            PageKind.FigureIndex => Index(data.Figures.Select(f => (f.Title, GeneratedPages.FigureUrl(f.Id), f.Description)), context),
            PageKind.Figure when data.FindFigure(page.ItemId!) is { } figure =>
                Description(figure.Description, context) + ItemHtml.Figure(figure, context) + UsedBy(context.Site.Links.EmbedUsers, "figure " + figure.Id, "Pages that show this figure", context),
            PageKind.Bibliography => Bibliography(context),
            PageKind.ThemeIndex => Index(data.Themes.Select(t => (t.Title, GeneratedPages.ThemeUrl(t.Id), t.Description)), context),
            PageKind.Theme when data.FindTheme(page.ItemId!) is { } theme => Theme(theme, context),
            _ => "",
        };
    }

    private static string Definitions(RenderContext context)
    {
        var html = new StringBuilder();
        var terms = context.Site.Briefing.Terms;
        html.Append("<nav class=\"term-index\" aria-label=\"Terms\"><ul>");
        foreach (var term in terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
        {
            html.Append("<li><a href=\"#").Append(Escape.Html(GeneratedPages.TermAnchor(term))).Append("\">").Append(Escape.Html(term.Name)).Append("</a></li>");
        }

        html.Append("</ul></nav>\n");
        foreach (var category in terms.GroupBy(t => t.Category).OrderBy(g => g.Key == "concept" ? "" : g.Key, StringComparer.Ordinal))
        {
            html.Append("<h2 id=\"category-").Append(Escape.Html(category.Key)).Append("\">").Append(Escape.Html(CategoryTitle(category.Key))).Append("</h2>\n");
            foreach (var term in category.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
            {
                html.Append(TermEntry(term, context));
            }
        }

        return html.ToString();
    }

    private static string CategoryTitle(string category) => category switch
    {
        "concept" => "Concepts",
        "approach" => "Related approaches",
        "organisation" => "Organisations",
        _ => char.ToUpperInvariant(category[0]) + category[1..] + "s",
    };

    private static string TermEntry(Term term, RenderContext context)
    {
        var html = new StringBuilder();
        html.Append("<section class=\"term-entry\" id=\"").Append(Escape.Html(GeneratedPages.TermAnchor(term))).Append("\" aria-labelledby=\"h-")
            .Append(Escape.Html(term.Id)).Append("\">\n<h3 id=\"h-").Append(Escape.Html(term.Id)).Append("\">").Append(Escape.Html(term.Name)).Append("</h3>\n");
        if (term.Aliases.Count > 0)
        {
            html.Append("<p class=\"aliases\">Also: ").Append(Escape.Html(string.Join(", ", term.Aliases))).Append("</p>\n");
        }

        html.Append("<p class=\"explanation\">").Append(BriefingHtmlRenderer.RenderInline(term.Explanation, context)).Append("</p>\n");
        if (term.Assessment is not null)
        {
            html.Append("<p class=\"assessment\"><strong>Assessment:</strong> ").Append(BriefingHtmlRenderer.RenderInline(term.Assessment, context)).Append("</p>\n");
        }

        if (term.ReferenceIds.Count > 0)
        {
            html.Append("<p class=\"sources\">Sources: ").Append(string.Join("; ", term.ReferenceIds
                .Select(id => context.Site.Briefing.FindReference(id)).OfType<Reference>()
                .Select(r => $"<a class=\"cite\" href=\"{Escape.Html(context.ReferenceLink(r.Id))}\">{Escape.Html(CitationFormatter.Parenthetical(r, false, ""))}</a>"))).Append("</p>\n");
        }

        foreach (var kind in term.Definitions.GroupBy(d => d.Kind).OrderBy(g => g.Key.HasValue ? (int)g.Key.Value : 99))
        {
            if (term.Definitions.Count > 1 && kind.Key is { } k)
            {
                html.Append("<h4>").Append(Escape.Html(ItemHtml.KindLabel(k) + "s")).Append("</h4>\n");
            }

            foreach (var definition in kind)
            {
                html.Append(ItemHtml.Definition(definition, context));
            }
        }

        if (term.Definitions.Count > 1)
        {
            html.Append("<p><a href=\"").Append(Escape.Html(context.Link(GeneratedPages.TermUrl(term)))).Append("\">Compare the ")
                .Append(term.Definitions.Count).Append(" definitions of ").Append(Escape.Html(term.Name)).Append(" side by side</a></p>\n");
        }

        if (term.SeeAlso.Count > 0)
        {
            html.Append("<p class=\"see-also\">See also: ").Append(string.Join(", ", term.SeeAlso
                .Select(id => context.Site.Briefing.FindTerm(id)).OfType<Term>()
                .Select(t => $"<a href=\"#{Escape.Html(GeneratedPages.TermAnchor(t))}\">{Escape.Html(t.Name)}</a>"))).Append("</p>\n");
        }

        html.Append(UsedBy(context.Site.Links.TermUsers, term.Id, "Used on", context, heading: false));
        return html.Append("</section>\n").ToString();
    }

    private static string TermComparison(Term term, RenderContext context)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(BriefingHtmlRenderer.RenderInline(term.Explanation, context)).Append("</p>\n");
        html.Append("<div class=\"table-wrap\"><table class=\"comparison definitions-compared\">\n<caption>")
            .Append(term.Definitions.Count).Append(" definitions of ").Append(Escape.Html(term.Name))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Who, when</th><th scope=\"col\">Kind</th><th scope=\"col\">Wording</th><th scope=\"col\">Criticisms</th></tr></thead>\n<tbody>\n");
        foreach (var d in term.Definitions.OrderBy(d => d.Year, StringComparer.Ordinal))
        {
            var who = d.Authors.Count > 0 ? string.Join(", ", d.Authors) : "Unattributed";
            html.Append("<tr><th scope=\"row\"><a href=\"").Append(Escape.Html(context.Link(GeneratedPages.DefinitionsUrl, "def-" + d.Id))).Append("\">")
                .Append(Escape.Html(who)).Append(d.Year is null ? "" : " (" + Escape.Html(d.Year) + ")").Append("</a></th><td>")
                .Append(d.Kind is { } kind ? Escape.Html(ItemHtml.KindLabel(kind)) : "–").Append("</td><td>“").Append(Escape.Html(d.Text)).Append("”</td><td>");
            if (d.Criticisms.Count > 0)
            {
                html.Append("<ol>").Append(string.Concat(d.Criticisms.Select(c => "<li>" + BriefingHtmlRenderer.RenderInline(c, context) + "</li>"))).Append("</ol>");
            }
            else
            {
                html.Append("–");
            }

            html.Append("</td></tr>\n");
        }

        return html.Append("</tbody></table></div>\n").ToString();
    }

    private static string Grid(Grid grid, RenderContext context)
    {
        var placements = context.Site.Links.Placements.GetValueOrDefault(grid.Id) ?? [];
        var summary = placements.Count == 0
            ? "<p>No case study is placed on this grid yet.</p>\n"
            : $"<p>{placements.Count} placement{(placements.Count == 1 ? "" : "s")} on this grid; each cell lists the pages placed in it, with the reason.</p>\n";
        return Description(grid.Description, context) + summary + ItemHtml.Grid(grid, context, showPlacements: true, marked: null);
    }

    private static string Bibliography(RenderContext context)
    {
        var html = new StringBuilder("<ol class=\"references bibliography\">\n");
        foreach (var reference in context.Site.Briefing.References.OrderBy(CitationFormatter.SortKey, StringComparer.Ordinal))
        {
            html.Append("<li id=\"").Append(Escape.Html(GeneratedPages.ReferenceAnchor(reference.Id))).Append("\"><p>")
                .Append(CitationFormatter.EntryHtml(reference)).Append("</p>");
            html.Append(UsedBy(context.Site.Links.Citers, reference.Id, "Cited on", context, heading: false));
            html.Append("</li>\n");
        }

        return html.Append("</ol>\n").ToString();
    }

    private static string Theme(Theme theme, RenderContext context)
    {
        var html = new StringBuilder(Description(theme.Description, context));
        var pages = CrossReferences.Lookup(context.Site.Links.ThemePages, theme.Id)
            .Select(context.Site.Find).OfType<Page>();
        html.Append("<ul class=\"page-list\">");
        foreach (var page in Site.Order(pages))
        {
            html.Append("<li><a href=\"").Append(Escape.Html(context.Link(page.Url))).Append("\">").Append(Escape.Html(page.Title)).Append("</a>");
            if (page.Summary is not null)
            {
                html.Append(" <span class=\"summary\">").Append(Escape.Html(page.Summary)).Append("</span>");
            }

            html.Append("</li>");
        }

        return html.Append("</ul>\n").ToString();
    }

    private static string Index(IEnumerable<(string Title, string Url, string? Description)> items, RenderContext context)
    {
        var html = new StringBuilder("<ul class=\"page-list\">");
        foreach (var (title, url, description) in items)
        {
            html.Append("<li><a href=\"").Append(Escape.Html(context.Link(url))).Append("\">").Append(Escape.Html(title)).Append("</a>");
            if (description is not null)
            {
                html.Append(" <span class=\"summary\">").Append(BriefingHtmlRenderer.RenderInline(description, context)).Append("</span>");
            }

            html.Append("</li>");
        }

        return html.Append("</ul>\n").ToString();
    }

    private static string Description(string? description, RenderContext context) =>
        description is null ? "" : $"<div class=\"description\">{BriefingHtmlRenderer.RenderBody(Markdig.Markdown.Parse(description, context.Pipeline), context)}</div>\n";

    /// <summary>The pages that use an item ("Used on: A, B"), as a list, or nothing.</summary>
    public static string UsedBy(IReadOnlyDictionary<string, IReadOnlyList<string>> index, string key, string label, RenderContext context, bool heading = true)
    {
        var pages = CrossReferences.Lookup(index, key).Select(context.Site.Find).OfType<Page>()
            .Where(p => p.SourcePath is not null || p.Kind is PageKind.Grid or PageKind.Table or PageKind.Figure).ToList();
        if (pages.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder(heading ? $"<h2>{Escape.Html(label)}</h2>\n<ul class=\"used-by\">" : $"<p class=\"used-by\">{Escape.Html(label)}: ");
        var links = pages.Select(p => $"<a href=\"{Escape.Html(context.Link(p.Url))}\">{Escape.Html(p.Title)}</a>");
        html.Append(heading ? string.Concat(links.Select(l => "<li>" + l + "</li>")) + "</ul>\n" : string.Join(", ", links) + "</p>\n");
        return html.ToString();
    }
}
